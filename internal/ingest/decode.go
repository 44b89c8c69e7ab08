package ingest

import (
	"bytes"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of an input is looked at to tell binary from text
// and one kind from another.
const sniffLen = 8 << 10

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// isBinary reports whether the head of an input is not text: it holds a
// NUL byte, or more than one byte in ten is a control byte other than
// tab, line feed, carriage return, form feed, vertical tab and escape.
func isBinary(head []byte) bool {
	head = head[:min(len(head), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// decodeText checks that data is text and returns it as UTF-8. A UTF-16
// byte order mark is honoured. Bytes that are not valid UTF-8 and read
// better as Windows-1252 (no valid multi-byte sequences, or fewer than
// invalid bytes) are converted from it, with a diagnostic; otherwise they
// are left for clean.Text to repair.
func decodeText(data []byte) ([]byte, []doc.Diagnostic, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, nil, ErrBinary
		}
		return out, []doc.Diagnostic{{Level: doc.Info, Stage: Stage, Message: "decoded from UTF-16"}}, nil
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	}
	if isBinary(data) {
		return nil, nil, ErrBinary
	}
	if utf8.Valid(data) {
		return data, nil, nil
	}
	multi, bad := 0, 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			multi++
		}
		i += n
	}
	if multi < bad {
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err == nil {
			return out, []doc.Diagnostic{{Level: doc.Warning, Stage: Stage,
				Message: "not valid UTF-8; decoded as Windows-1252"}}, nil
		}
	}
	return data, nil, nil
}

// sniff guesses the kind of content from its head: JSON when it starts
// with '{' or '[', HTML when it starts with a doctype or <html>, a feed
// when an XML document's root is rss, feed or rdf:RDF, else text.
func sniff(head []byte) kind {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n")
	if len(h) == 0 {
		return kindText
	}
	switch h[0] {
	case '{', '[':
		return kindJSON
	case '<':
	default:
		return kindText
	}
	low := bytes.ToLower(h[:min(len(h), 2048)])
	switch {
	case bytes.HasPrefix(low, []byte("<rss")), bytes.HasPrefix(low, []byte("<feed")), bytes.HasPrefix(low, []byte("<rdf:rdf")):
		return kindFeed
	case bytes.HasPrefix(low, []byte("<!doctype html")), bytes.HasPrefix(low, []byte("<html")):
		return kindHTML
	case bytes.HasPrefix(low, []byte("<?xml")):
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return kindFeed
		}
		if bytes.Contains(low, []byte("<html")) {
			return kindHTML
		}
	case bytes.HasPrefix(low, []byte("<!--")), bytes.HasPrefix(low, []byte("<head")), bytes.HasPrefix(low, []byte("<body")):
		if bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<body")) || bytes.Contains(low, []byte("<p")) {
			return kindHTML
		}
	}
	return kindText
}
