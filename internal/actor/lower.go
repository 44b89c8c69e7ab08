package actor

import (
	"encoding/binary"
	"strings"

	"github.com/dyad-project/dyad/internal/lexicon"
)

// lowerer gives the lower-case forms of a document's ASCII words (see
// lexicon.LowerASCII) without lower-casing the whole text: most words
// have no capital and are their own lower-case form, and the others are
// lower-cased one by one into one buffer, which the forms are slices of.
//
// The buffer is a strings.Builder: a string it returns stays valid and
// unchanged as more is written, as the builder never writes over bytes
// it has handed out (when it grows, it copies them to a new array and
// leaves the old one to the strings that point into it). A lowerer is
// made anew for each document, so no two documents share an array.
type lowerer struct {
	b strings.Builder
}

// reset starts the forms of a document of n bytes: a new array, with room
// for a share of it (the words with capitals are few).
func (lw *lowerer) reset(n int) {
	lw.b = strings.Builder{}
	lw.b.Grow(n/3 + 64)
}

// of returns s lower-cased (see lexicon.LowerASCII): s itself when it has
// no capital A-Z, or a copy in the buffer.
func (lw *lowerer) of(s string) string {
	k := 0
	for k < len(s) && (s[k] < 'A' || s[k] > 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	at := lw.b.Len()
	// (Lower-cased in an array on the stack and written at once, as most
	// words and names are short.)
	var a [64]byte
	for len(s) > 0 {
		n := copy(a[:], s)
		for i := k; i < n; i++ {
			a[i] = lexicon.LowerByte(a[i])
		}
		lw.b.Write(a[:n])
		s, k = s[n:], 0
	}
	return lw.b.String()[at:]
}

// put8 writes the n bytes (one to eight) of the lower-case word packed in
// key (see pack8) and returns them as a string.
func (lw *lowerer) put8(key uint64, n int) string {
	var a [8]byte
	binary.LittleEndian.PutUint64(a[:], key)
	at := lw.b.Len()
	lw.b.Write(a[:n])
	return lw.b.String()[at:]
}

// put16 is put8 for a word of nine to sixteen bytes, its first eight
// packed in key and the rest in key2.
func (lw *lowerer) put16(key, key2 uint64, n int) string {
	var a [16]byte
	binary.LittleEndian.PutUint64(a[:8], key)
	binary.LittleEndian.PutUint64(a[8:], key2)
	at := lw.b.Len()
	lw.b.Write(a[:n])
	return lw.b.String()[at:]
}
