package actor

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/when"
)

// Word flags: what the actor stage's word lists say of a word, looked up
// once per word (one map access) instead of at every test of the parser.
const (
	fDet          uint32 = 1 << iota // determiners: the, his, seorang
	fPreMod                          // pre-modifiers: former, acting, visiting
	fLocPrep                         // locative prepositions: in, at, di, ke
	fExtPrep                         // title extensions: of, for, untuk, bidang
	fNamePrefix                      // name particles: van, bin, al
	fNotName                         // capitalised words of the language that are no names
	fNotNameEn                       // English words that are no names (for Indonesian text)
	fInstWord                        // common words of institution names
	fPlaceVerb                       // words before a place: visiting, tiba, kota
	fRoleStart                       // a role phrase may start here
	fCountryStart                    // a country phrase may start here
	fIGOStart                        // an IGO phrase may start here
	fAllCaps                         // written in capitals: ASEAN, NCCT
	fDigit                           // holds a digit
	fOpenPunct                       // a quote or opening bracket
	fDateWord                        // a month or weekday name
	fBothStart                       // may start a phrase naming both parties: both, kedua, we
	fCountMod                        // "40-member", "200-strong"
	fQuote                           // a double quote: ", “ or ”
	fStatePrefix                     // a state's style before its name: kingdom, republik
	fStateSuffix                     // a state's style after its name: republic
	fRegion                          // makes a country name after it a region: south, latin
	fWater                           // names a sea or strait: laut, selat, sea
)

// wordFlags maps lower-case words to their flags, one table per language.
// It is two open-addressing tables: every word of every document is
// looked up, and this is several times faster than a Go map for these
// short keys. Keys of up to eight bytes (most keys, and most words) are
// held in their slots in short, so a lookup reads one slot and no key
// string; longer keys are in one string, keys, that slots index.
type wordFlags struct {
	short      []shortSlot
	shortShift uint // 64 - log2(len(short)): a hash's top bits index short
	// shortCtrl holds a byte per slot of short, as ctrl does for slots
	// (see shortFingerprint): a probe reads the slot itself only when its
	// byte matches. The bytes stay in the cache, where the slots, 16
	// times their size, are evicted between documents by the stages
	// before this one.
	shortCtrl []uint8
	// shortOver has a bit per slot of short, set when a key whose hash
	// indexes that slot lies further on, and blank is the index of an
	// empty slot: homeShort looks a word up in the slot its hash indexes,
	// without a branch on what it finds there (see homeShort).
	shortOver []uint64
	blank     uint64

	// mid holds the keys of nine to sixteen bytes (one word in thirteen
	// has that many) as short holds those of up to eight, each in two
	// numbers (see midHash), with midCtrl their control bytes and
	// midShift what short's are to short: a lookup compares numbers, not
	// strings, and hashes two numbers the caller has read already.
	mid      []midSlot
	midShift uint
	midCtrl  []uint8
	// midOver and midBlank are shortOver and blank for mid (see
	// homeMid).
	midOver  []uint64
	midBlank uint64

	// keys and slots hold the longer keys.
	keys  string
	slots []flagSlot
	// ctrl holds a byte per slot: 0 for empty, else 7 bits of the key's
	// hash with the top bit set. It is small enough to stay in the cache,
	// so most words (which are not keys) cost one hash and one byte.
	ctrl []uint8
	mask uint64
	// infos are the phrases a word starts, for words with fRoleStart,
	// fCountryStart or fIGOStart; a slot's info indexes them (from 1),
	// and has the key of its word above (see infoKeyShift): every word
	// of every phrase is a key of the table, flags or none.
	infos []wordInfo
	// The phrases, compiled (see keyed.go); countryVals are the values
	// of the country phrases.
	roles       phraseTable[*roleEntry, roleEntry]
	countries   phraseTable[span, countryEntry]
	countryVals []countryVal
	igos        phraseTable[*string, string]
	// one holds the flags and info of every one-byte word, and the flags
	// punctFlags gives it as punctuation: commas and full stops are many.
	one [256]oneByte
}

type oneByte struct{ flags, info, punct uint32 }

type shortSlot struct {
	key  uint64 // the key's bytes (see pack8)
	meta uint32 // the flags, and the key's length above shortLenShift; 0 for an empty slot
	info uint32
}

// shortLenShift places a short key's length above its flags in a slot.
const shortLenShift = 28

type midSlot struct {
	key, key2 uint64 // the key's first eight bytes and the rest (see pack8)
	meta      uint32 // the flags, and the key's length less eight above shortLenShift; 0 for an empty slot
	info      uint32
}

type flagSlot struct {
	off   uint32
	n     uint32 // key length; 0 marks an empty slot
	flags uint32
	info  uint32
}

// wordInfo holds the gazetteer phrases that start with one word: their
// spans of the compiled phrases (see keyed.go).
type wordInfo struct {
	roles, countries, igos span
	// rolesNext, when not 0, says every role phrase here has a second
	// word, and has a bit (see nextBit) for each: a phrase can match only
	// where the next word's bit is set. ("The" starts a few role phrases
	// and is everywhere.)
	rolesNext uint64
}

// nextBit is the bit of rolesNext the word of key key sets (see
// wordKey).
func nextBit(key uint32) uint64 { return 1 << (key & 63) }

// phraseSources are the gazetteers whose phrases the word flags index by
// their first words.
type phraseSources struct {
	roles     *lexicon.Phrases[roleEntry]
	countries *lexicon.Phrases[countryEntry]
	igos      *lexicon.Phrases[string]
}

// newWordFlags returns the table of the words of m, with their flags.
// The words with fRoleStart, fCountryStart or fIGOStart get the phrases
// of src they start, compiled; every word of those phrases must be among
// m.
func newWordFlags(m map[string]uint32, src phraseSources) *wordFlags {
	// Every word gets a key, from 1, in the order of the words.
	words := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			words = append(words, k)
		}
	}
	slices.Sort(words)
	if len(words) > maxWordKey {
		panic("actor: more words than word keys")
	}
	keyOf := make(map[string]uint16, len(words))
	for i, w := range words {
		keyOf[w] = uint16(i + 1)
	}
	key := func(w string) uint16 {
		k, ok := keyOf[w]
		if !ok {
			panic("actor: phrase word " + w + " has no key")
		}
		return k
	}
	nShort, nMid, nLong := 0, 0, 0
	for k := range m {
		switch {
		case len(k) <= 8:
			nShort++
		case len(k) <= 16:
			nMid++
		default:
			nLong++
		}
	}
	// pow2 returns a power of two of at least n, from 16, and its log.
	pow2 := func(n int) (int, uint) {
		size, bits := 16, uint(4)
		for size < n {
			size *= 2
			bits++
		}
		return size, bits
	}
	shortSize, shortBits := pow2(3 * nShort)
	midSize, midBits := pow2(3 * nMid)
	size, _ := pow2(4 * nLong)
	t := &wordFlags{short: make([]shortSlot, shortSize), shortShift: 64 - shortBits, shortCtrl: make([]uint8, shortSize),
		mid: make([]midSlot, midSize), midShift: 64 - midBits, midCtrl: make([]uint8, midSize),
		slots: make([]flagSlot, size), ctrl: make([]uint8, size), mask: uint64(size - 1)}
	var keys strings.Builder
	for _, k := range words {
		v := m[k]
		if v >= 1<<shortLenShift {
			panic("actor: word flags overflow the short slots")
		}
		var in uint32
		if v&(fRoleStart|fCountryStart|fIGOStart) != 0 {
			t.infos = append(t.infos, t.compile(k, src, key))
			in = uint32(len(t.infos))
			if in > maxInfoIndex {
				panic("actor: more phrase infos than info indexes")
			}
		}
		in |= uint32(key(k)) << infoKeyShift
		if len(k) <= 8 {
			key := pack8(k)
			mask := uint64(len(t.short) - 1)
			h := shortHash(key, len(k))
			i := h >> t.shortShift
			for t.short[i].meta != 0 {
				i = (i + 1) & mask
			}
			t.short[i] = shortSlot{key: key, meta: v | uint32(len(k))<<shortLenShift, info: in}
			t.shortCtrl[i] = shortFingerprint(h, t.shortShift)
			continue
		}
		if len(k) <= 16 {
			key, key2 := le64(k), pack8(k[8:])
			mask := uint64(len(t.mid) - 1)
			h := midHash(key, key2, len(k))
			i := h >> t.midShift
			for t.mid[i].meta != 0 {
				i = (i + 1) & mask
			}
			t.mid[i] = midSlot{key: key, key2: key2, meta: v | uint32(len(k)-8)<<shortLenShift, info: in}
			t.midCtrl[i] = shortFingerprint(h, t.midShift)
			continue
		}
		h := wordHash(k)
		i := h & t.mask
		for t.ctrl[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.ctrl[i] = fingerprint(h)
		t.slots[i] = flagSlot{off: uint32(keys.Len()), n: uint32(len(k)), flags: v, info: in}
		keys.WriteString(k)
	}
	t.keys = keys.String()
	t.shortOver = make([]uint64, (len(t.short)+63)/64)
	t.blank = uint64(len(t.short))
	for i, sl := range t.short {
		if sl.meta == 0 {
			t.blank = min(t.blank, uint64(i))
			continue
		}
		if home := shortHash(sl.key, int(sl.meta>>shortLenShift)) >> t.shortShift; home != uint64(i) {
			t.shortOver[home>>6] |= 1 << (home & 63)
		}
	}
	if t.blank == uint64(len(t.short)) {
		panic("actor: no empty slot among the short keys")
	}
	t.midOver = make([]uint64, (len(t.mid)+63)/64)
	t.midBlank = uint64(len(t.mid))
	for i, sl := range t.mid {
		if sl.meta == 0 {
			t.midBlank = min(t.midBlank, uint64(i))
			continue
		}
		if home := midHash(sl.key, sl.key2, int(sl.meta>>shortLenShift)+8) >> t.midShift; home != uint64(i) {
			t.midOver[home>>6] |= 1 << (home & 63)
		}
	}
	if t.midBlank == uint64(len(t.mid)) {
		panic("actor: no empty slot among the mid keys")
	}
	for c := range t.one {
		w := string(rune(c))
		if c >= utf8.RuneSelf {
			continue // no word of one byte: not UTF-8
		}
		t.one[c].flags, t.one[c].info = t.lookup(w)
		t.one[c].punct = punctFlags(w)
	}
	return t
}

// compile compiles the phrases of src that start with word w, and
// returns their info.
func (t *wordFlags) compile(w string, src phraseSources, key func(string) uint16) wordInfo {
	wi := wordInfo{
		roles: t.roles.add(src.roles.Candidates(w), key, func(vals []roleEntry) *roleEntry { return pickRole(vals) }),
		countries: t.countries.add(src.countries.Candidates(w), key, func(vals []countryEntry) span {
			s := span{start: uint32(len(t.countryVals))}
			for i := range vals {
				v := &vals[i]
				t.countryVals = append(t.countryVals, countryVal{e: v, kind: countryKindOf(v.Kind), lang: langCodeOf(v.lang)})
			}
			s.end = uint32(len(t.countryVals))
			return s
		}),
		igos: t.igos.add(src.igos.Candidates(w), key, func(vals []string) *string { return &vals[0] }),
	}
	for pi := wi.roles.start; pi < wi.roles.end; pi++ {
		p := &t.roles.phrases[pi]
		p.tag = p.val.tag
	}
	var next uint64
	if wi.roles.end > wi.roles.start && t.roles.seconds(wi.roles, func(k uint32) { next |= nextBit(k) }) {
		wi.rolesNext = next
	}
	return wi
}

// get returns the flags of a lower-case word and its info: the index of
// the phrases it starts (0 for none, see info) and its key above (see
// wordKey); 0 and 0 for no word of the table.
func (t *wordFlags) get(w string) (uint32, uint32) {
	if len(w) == 1 {
		e := &t.one[w[0]]
		return e.flags, e.info
	}
	return t.lookup(w)
}

// lookup is get through the hash tables.
func (t *wordFlags) lookup(w string) (uint32, uint32) {
	if w == "" {
		return 0, 0
	}
	if len(w) <= 8 {
		return t.homeShort(pack8(w), len(w))
	}
	if len(w) <= 16 {
		return t.homeMid(le64(w), pack8(w[8:]), len(w))
	}
	h := wordHash(w)
	fp := fingerprint(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		c := t.ctrl[i]
		if c == 0 {
			return 0, 0
		}
		if c != fp {
			continue
		}
		if s := &t.slots[i]; int(s.n) == len(w) && t.keys[s.off:s.off+s.n] == w {
			return s.flags, s.info
		}
	}
}

// lookupShort looks up the word of n bytes (one to eight) whose bytes
// are key (see pack8).
func (t *wordFlags) lookupShort(key uint64, n int) (uint32, uint32) {
	mask := uint64(len(t.short) - 1)
	h := shortHash(key, n)
	fp := shortFingerprint(h, t.shortShift)
	for i := h >> t.shortShift; ; i = (i + 1) & mask {
		c := t.shortCtrl[i]
		if c == 0 {
			return 0, 0
		}
		if c != fp {
			continue
		}
		if s := &t.short[i]; s.key == key && s.meta>>shortLenShift == uint32(n) {
			return s.meta &^ (0xF << shortLenShift), s.info
		}
	}
}

// lookupMid looks up the word of n bytes (nine to sixteen) whose first
// eight bytes are key and the rest key2 (see pack8).
func (t *wordFlags) lookupMid(key, key2 uint64, n int) (uint32, uint32) {
	mask := uint64(len(t.mid) - 1)
	h := midHash(key, key2, n)
	fp := shortFingerprint(h, t.midShift)
	for i := h >> t.midShift; ; i = (i + 1) & mask {
		c := t.midCtrl[i]
		if c == 0 {
			return 0, 0
		}
		if c != fp {
			continue
		}
		if s := &t.mid[i]; s.key == key && s.key2 == key2 && s.meta>>shortLenShift == uint32(n-8) {
			return s.meta &^ (0xF << shortLenShift), s.info
		}
	}
}

// homeMid is lookupMid as homeShort is lookupShort: the word's home
// slot, or the blank one when the control byte has not the word's
// fingerprint, is read without a branch on what it holds, and only a
// word not found whose home has keys further on (see midOver) takes
// lookupMid.
func (t *wordFlags) homeMid(key, key2 uint64, n int) (uint32, uint32) {
	h := midHash(key, key2, n)
	i := h >> t.midShift
	home := -uint64(b2i(t.midCtrl[i] == shortFingerprint(h, t.midShift)))
	s := &t.mid[t.midBlank^(t.midBlank^i)&home]
	hit := b2i(s.key == key) & b2i(s.key2 == key2) & b2i(s.meta>>shortLenShift == uint32(n-8))
	if t.midOver[i>>6]>>(i&63)&^uint64(hit)&1 != 0 {
		return t.lookupMid(key, key2, n)
	}
	return s.meta &^ (0xF << shortLenShift) & -uint32(hit), s.info & -uint32(hit)
}

// midHash hashes a key of nine to sixteen bytes, of length n, whose
// first eight bytes are key and the rest key2, for the top bits to
// index mid: key2 is mixed into key, and the sum hashed as shortHash
// hashes a short key.
func midHash(key, key2 uint64, n int) uint64 {
	return shortHash(key^bits.RotateLeft64(key2*0xBF58476D1CE4E5B9, 32), n)
}

// homeShort is lookupShort for the words (most) whose key, if they are
// one, lies in the slot their hash indexes, the home slot. Whether a word
// is a key is a coin toss to the processor, and lookupShort's branches on
// the control bytes are mispredicted often: here the control byte only
// picks which slot to read, the home slot when it has the word's
// fingerprint and the blank slot (empty, and at hand in the cache) when
// not, and the slot read gives the flags, masked to none unless it holds
// the key. Only a word not found whose home slot has keys further on
// (see shortOver) takes lookupShort.
func (t *wordFlags) homeShort(key uint64, n int) (uint32, uint32) {
	h := shortHash(key, n)
	i := h >> t.shortShift
	// (The choices are made with masks, not branches: home is all ones
	// when the control byte has the fingerprint.)
	home := -uint64(b2i(t.shortCtrl[i] == shortFingerprint(h, t.shortShift)))
	s := &t.short[t.blank^(t.blank^i)&home]
	hit := b2i(s.key == key) & b2i(s.meta>>shortLenShift == uint32(n))
	if t.shortOver[i>>6]>>(i&63)&^uint64(hit)&1 != 0 {
		return t.lookupShort(key, n)
	}
	return s.meta &^ (0xF << shortLenShift) & -uint32(hit), s.info & -uint32(hit)
}

// shortFingerprint is the control byte of a short key's hash h: the 7
// bits below those that index the table (shift is shortShift), with
// the top bit set.
func shortFingerprint(h uint64, shift uint) uint8 { return uint8(h>>((shift-7)&63)) | 0x80 }

// wordHash hashes a lower-case word for the table. Words are short: it
// reads them eight bytes at a time (the tail with two overlapping loads),
// with the length mixed in, where a general string hash costs a call and
// a seed. The keys are fixed, so a word cannot lengthen a probe chain.
func wordHash(s string) uint64 {
	const k0, k1 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9
	h := uint64(len(s)) * k0
	for len(s) > 8 {
		h = (h ^ le64(s)) * k1
		h ^= h >> 29
		s = s[8:]
	}
	var t uint64
	switch n := len(s); {
	case n == 8:
		t = le64(s)
	case n >= 4:
		t = uint64(le32(s)) | uint64(le32(s[n-4:]))<<32
	case n > 0:
		t = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h = (h ^ t) * k1
	return h ^ h>>32
}

// pack8 returns the bytes of s, of one to eight bytes, as a little-endian
// number (zero above them). Words under eight bytes are read with two
// overlapping loads, which set the shared bytes twice.
func pack8(s string) uint64 {
	switch n := len(s); {
	case n == 8:
		return le64(s)
	case n >= 4:
		return uint64(le32(s)) | uint64(le32(s[n-4:]))<<(8*(n-4))
	default:
		return uint64(s[0]) | uint64(s[n/2])<<(8*(n/2)) | uint64(s[n-1])<<(8*(n-1))
	}
}

// shortHash hashes a short key of length n for the top bits to index the
// short table (Fibonacci hashing).
func shortHash(key uint64, n int) uint64 {
	return (key ^ uint64(n)<<61 ^ key>>29) * 0x9E3779B97F4A7C15
}

// le64 and le32 read the first bytes of s as a little-endian number (the
// compiler makes each one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// fingerprint is the control byte of a hash: its top 7 bits, never 0.
func fingerprint(h uint64) uint8 { return uint8(h>>57) | 0x80 }

// info returns the phrases word k of a sentence starts, given the info
// indexes flag filled.
func (t *wordFlags) info(infos []uint32, k int) *wordInfo {
	in := infos[k] & maxInfoIndex
	if in == 0 {
		return &noInfo
	}
	return &t.infos[in-1]
}

var noInfo wordInfo

func (x *Extractor) buildFlags(lang string) *wordFlags {
	return newWordFlags(x.flagMap(lang))
}

// flagMap returns the words of the table of language lang with their
// flags, and the gazetteers whose phrases it indexes.
func (x *Extractor) flagMap(lang string) (map[string]uint32, phraseSources) {
	f := map[string]uint32{}
	set := func(words map[string]bool, bit uint32) {
		for w := range words {
			f[w] |= bit
		}
	}
	set(determiners, fDet)
	set(preModifiers, fPreMod)
	set(locPreps, fLocPrep)
	set(extPreps, fExtPrep)
	set(namePrefixes, fNamePrefix)
	set(placeVerbs, fPlaceVerb)
	set(x.notNames[lang], fNotName)
	set(x.notNames["en"], fNotNameEn)
	set(x.instWords[lang], fInstWord)
	set(statePrefix, fStatePrefix)
	set(stateSuffix, fStateSuffix)
	set(regionWords, fRegion)
	set(waterWords, fWater)
	for _, w := range []string{"both", "kedua", "keduanya", "we", "kami", "kita", "the"} {
		f[w] |= fBothStart
	}
	when.Names(func(w string) { f[w] |= fDateWord })
	x.lx.roles[lang].Starts(func(w string) { f[w] |= fRoleStart })
	x.lx.countries.Starts(func(w string) { f[w] |= fCountryStart })
	x.lx.igos.Starts(func(w string) { f[w] |= fIGOStart })
	src := phraseSources{roles: x.lx.roles[lang], countries: x.lx.countries, igos: x.lx.igos}
	// Every word of a phrase is a key, to be compared by (see keyed.go).
	key := func(w string) { f[w] |= 0 }
	phraseWords(src.roles, key)
	phraseWords(src.countries, key)
	phraseWords(src.igos, key)
	return f, src
}

// phraseWords calls f with every word of every phrase of p.
func phraseWords[V any](p *lexicon.Phrases[V], f func(string)) {
	p.Starts(func(first string) {
		c := p.Candidates(first)
		for k := range c.Len() {
			words, _, _ := c.Phrase(k)
			for _, w := range words {
				f(w)
			}
		}
	})
}

// flagWord sets the flags of w and returns the index of the phrases it
// starts (see info).
func (f *wordFlags) flagWord(w *lexicon.Word) uint32 {
	fl, info := f.get(w.Lower)
	if w.Kind == doc.Punct {
		w.Flags = fl | punctFlags(w.Text)
		return info
	}
	upper, lowerc, ascii, hyphen := 0, 0, true, false
	for k := 0; k < len(w.Text); k++ {
		switch c := w.Text[k]; {
		case c >= 'a' && c <= 'z':
			lowerc++
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= '0' && c <= '9':
			fl |= fDigit
		case c >= 0x80:
			ascii = false
		case c == '-':
			hyphen = true
		}
	}
	w.Flags = fl | shapeFlags(w.Text, w.Lower, upper, lowerc, ascii, hyphen)
	return info
}

// punctFlags are the flags a punctuation word's text gives it.
func punctFlags(text string) uint32 {
	var fl uint32
	if strings.ContainsAny(text, "\"“([") {
		fl |= fOpenPunct
	}
	if text == "\"" || text == "“" || text == "”" {
		fl |= fQuote
	}
	return fl
}

// shapeFlags are the flags the shape of a word (not punctuation) gives
// it, from a count of its bytes: its capitals and small letters, whether
// all are ASCII and whether one is a hyphen.
func shapeFlags(text, lower string, upper, lowerc int, ascii, hyphen bool) uint32 {
	var fl uint32
	if hyphen && (strings.HasSuffix(lower, "-member") || strings.HasSuffix(lower, "-strong")) {
		fl |= fCountMod
	}
	if ascii && upper >= 2 && lowerc == 0 || !ascii && allCaps(text) {
		fl |= fAllCaps
	}
	return fl
}

// Byte classes for the scan of a word's bytes.
const (
	bUpper  = 1 << iota // A-Z (the lowest bit: the scan adds it up)
	bLower              // a-z
	bDigit              // 0-9
	bHigh               // not ASCII
	bHyphen             // -
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = bUpper
		case c >= 'a' && c <= 'z':
			t[c] = bLower
		case c >= '0' && c <= '9':
			t[c] = bDigit
		case c >= utf8.RuneSelf:
			t[c] = bHigh
		case c == '-':
			t[c] = bHyphen
		}
	}
	return t
}()

// possessiveEnd reports a last byte a possessive ends in: 's, 'S, s', S'
// (and ’, whose last byte is 0x99). Many words end so, mostly in s, and
// few are possessives: lexicon.PossessiveLen decides.
func possessiveEnd(c byte) bool { return c == 's' || c == 'S' || c == '\'' || c == 0x99 }

// possessive reports a word token that lexicon.AppendToken makes two
// words of: the word and its possessive.
func possessive(w string) bool {
	return len(w) > 2 && possessiveEnd(w[len(w)-1]) && lexicon.PossessiveLen(w) > 0
}

// appendWords appends the words of sentence s to ws and the index of the
// phrases each starts to infos, in one pass over its tokens: the words
// lexicon.AppendToken makes, with hyphenated pairs of names split
// ("Kamboja-Jepang" is Kamboja, "-" and Jepang, so each is matched) and
// every word's flags set. lw lower-cases the words that have capitals.
func (x *Extractor) appendWords(ws []lexicon.Word, infos []uint32, text string, lw *lowerer, s doc.Sentence, f *wordFlags) ([]lexicon.Word, []uint32) {
	ws = slices.Grow(ws, len(s.Tokens))
	infos = slices.Grow(infos, len(s.Tokens))
	for ti := 0; ti < len(s.Tokens); ti++ {
		// Most tokens are one word, made in place with its flags: runs of
		// them at a time.
		var done int
		ws, infos, done = x.plainWords(ws, infos, s.Tokens[ti:], text, lw, f)
		if ti += done; ti == len(s.Tokens) {
			break
		}
		t := &s.Tokens[ti]
		n0 := len(ws)
		// A word of nine to sixteen bytes in ASCII: longWord. A longer
		// word, or one not in ASCII: plainWord, when the token is one
		// word.
		if n0 < cap(ws) && len(infos) < cap(infos) {
			if info, ok := longWord(&ws[:n0+1][n0], t, text, lw, f); ok {
				ws, infos = ws[:n0+1], append(infos, info)
				continue
			}
			if info, ok := x.plainWord(&ws[:n0+1][n0], t, text, lw, f); ok {
				ws, infos = ws[:n0+1], append(infos, info)
				continue
			}
		}
		ws = lexicon.AppendTokenFunc(ws, text, lw.of, *t)
		// Only the first word a token makes may be a name; the second is
		// a possessive.
		if w := &ws[n0]; w.Cap && w.Kind == doc.Word && strings.IndexByte(w.Text, '-') > 0 && x.splits(*w) {
			var made [2]lexicon.Word
			n := copy(made[:], ws[n0:])
			ws = appendSplit(ws[:n0], made[0], lw)
			ws = append(ws, made[1:n]...)
		}
		for i := n0; i < len(ws); i++ {
			infos = append(infos, f.flagWord(&ws[i]))
		}
	}
	return ws, infos
}

// plainWords makes the words of the tokens at the start of ts that are
// one word each (see plainWord) of up to sixteen ASCII bytes, most words,
// appending them to ws and their infos to infos, and returns how many
// tokens it did. It stops at the first token that needs another path (a
// longer word, one not in ASCII, a possessive, a hyphenated pair of
// names), or when ws or infos is full. Each word of up to eight bytes is
// read as one number: its bytes' classes, its lower-case form and its
// flag-table key come from a few operations on it (see inRange8); a word
// of nine to sixteen bytes, read as two, is longWord's. (The loop holds
// many values: it makes no call on its common path, leaves the longer
// words to longWord, and writes by index into room taken before it, so
// as to keep them in registers. Words of up to eight bytes are four in
// five, and the loop for them alone holds fewer values than one for
// both.)
func (x *Extractor) plainWords(ws []lexicon.Word, infos []uint32, ts []doc.Token, text string, lw *lowerer, f *wordFlags) ([]lexicon.Word, []uint32, int) {
	k0, i0 := len(ws), len(infos)
	room := min(len(ts), cap(ws)-k0, cap(infos)-i0)
	done := plainRun(ws[k0:k0+room], infos[i0:i0+room], ts[:room], text, lw, f)
	return ws[:k0+done], infos[:i0+done], done
}

// plainRun is plainWords' loop: it makes the words of the tokens ts into
// out and their infos into outInfos, which have room for them, and
// returns how many it made. (What the loop holds is the tokens, the
// text and where it writes: the tables are read through f, and a token
// it leaves to another path ends it with no more than its index.)
func plainRun(out []lexicon.Word, outInfos []uint32, ts []doc.Token, text string, lw *lowerer, f *wordFlags) int {
	out, outInfos = out[:len(ts)], outInfos[:len(ts)]
	for ti := range ts {
		t := &ts[ti]
		st, en := t.Start, t.End
		n := en - st
		// The word's bytes as a number, key: eight bytes of the text cut
		// to the word's. (Longer words, words not in ASCII and a word in
		// the text's last eight bytes take plainWord: one word in
		// thirteen is longer than eight bytes.)
		if st < 0 || uint(n-1) >= 8 || st+8 > len(text) {
			if info, ok := longWord(&out[ti], t, text, lw, f); ok {
				outInfos[ti] = info
				continue
			}
			return ti
		}
		key := le64(text[st:st+8]) & (^uint64(0) >> ((64 - 8*n) & 63))
		upper := inRange8(key, 'A', 'Z')
		// plainWord also takes the words with a hyphen (a pair of names
		// to split, "40-member") and punctuation of more than one byte.
		if key&high8 != 0 || n > 1 && (inRange8(key, '-', '-') != 0 || t.Kind == doc.Punct) {
			return ti
		}
		w := text[st:en]
		// The tokens lexicon.AppendToken makes more than one word of: an
		// apostrophe, and a possessive, which in ASCII is a word of more
		// than two bytes ending in 's, 'S, s' or S' (see
		// lexicon.PossessiveLen). Both have an apostrophe, which few
		// words have.
		if inRange8(key, '\'', '\'') != 0 {
			if n == 1 && t.Kind == doc.Punct {
				return ti
			}
			if n > 2 && t.Kind == doc.Word {
				c1, c2 := w[n-1], w[n-2]
				if c2 == '\'' && c1|0x20 == 's' || c1 == '\'' && c2|0x20 == 's' {
					return ti
				}
			}
		}
		// (A word with no capital is its own lower-case form.)
		lk := key | upper>>2 // the lower-case word's bytes (see lexicon.LowerASCII)
		l := w
		if upper != 0 {
			l = lw.put8(lk, n)
		}
		var fl, info uint32
		if n == 1 {
			e := &f.one[lk&0xFF]
			fl, info = e.flags, e.info
			if t.Kind == doc.Punct {
				fl |= e.punct
			}
		} else {
			// (homeShort, written out: a call would spill the loop's
			// values.)
			shift := f.shortShift
			h := shortHash(lk, n)
			i := h >> (shift & 63)
			home := -uint64(b2i(f.shortCtrl[i] == shortFingerprint(h, shift)))
			sl := &f.short[f.blank^(f.blank^i)&home]
			hit := b2i(sl.key == lk) & b2i(sl.meta>>shortLenShift == uint32(n))
			fl, info = sl.meta&^(0xF<<shortLenShift)&-uint32(hit), sl.info&-uint32(hit)
			if f.shortOver[i>>6]>>(i&63)&^uint64(hit)&1 != 0 {
				fl, info = f.lookupShort(lk, n)
			}
		}
		if t.Kind != doc.Punct {
			if inRange8(key, '0', '9') != 0 {
				fl |= fDigit
			}
			// (Two capitals or more, and no small letter: upper has a bit
			// per capital.)
			if upper&(upper-1) != 0 && inRange8(key, 'a', 'z') == 0 {
				fl |= fAllCaps
			}
		}
		// The word is written field by field: a composite literal is
		// built on the stack and copied, through a call while the
		// collector runs. Every field is written (TestWordFields checks
		// there are no others).
		dst := &out[ti]
		dst.Text, dst.Lower, dst.Span = w, l, t.Span
		dst.Cap, dst.Kind, dst.Flags = upper&0x80 != 0, t.Kind, fl
		outInfos[ti] = info
	}
	return len(ts)
}

// longWord is plainWords for one token of nine to sixteen ASCII bytes
// (one word in thirteen), read as two numbers: it makes the word in *dst
// and returns the index of the phrases it starts. It reports false,
// leaving *dst to be overwritten, for the other tokens and for those
// plainWords leaves to plainWord: a word with a hyphen, a possessive,
// punctuation, and a word in the text's last sixteen bytes.
func longWord(dst *lexicon.Word, t *doc.Token, text string, lw *lowerer, f *wordFlags) (uint32, bool) {
	st, en := t.Start, t.End
	n := en - st
	if st < 0 || uint(n-9) >= 8 || st+16 > len(text) || t.Kind == doc.Punct {
		return 0, false
	}
	// The first eight bytes in key, the rest in key2 (zero above them).
	key := le64(text[st : st+8])
	key2 := le64(text[st+8:st+16]) & (^uint64(0) >> ((128 - 8*n) & 63))
	if (key|key2)&high8 != 0 || inRange8(key, '-', '-')|inRange8(key2, '-', '-') != 0 {
		return 0, false
	}
	w := text[st:en]
	if c1, c2 := w[n-1], w[n-2]; t.Kind == doc.Word && (c2 == '\'' && c1|0x20 == 's' || c1 == '\'' && c2|0x20 == 's') {
		return 0, false
	}
	upper, upper2 := inRange8(key, 'A', 'Z'), inRange8(key2, 'A', 'Z')
	l := w
	if upper|upper2 != 0 {
		l = lw.put16(key|upper>>2, key2|upper2>>2, n)
	}
	fl, info := f.homeMid(key|upper>>2, key2|upper2>>2, n)
	if inRange8(key, '0', '9')|inRange8(key2, '0', '9') != 0 {
		fl |= fDigit
	}
	// (Two capitals or more, and no small letter. The capitals' bits are
	// each byte's top bit; key2's, shifted to bit 3, lie apart from
	// key's, so caps has a bit per capital.)
	caps := upper | upper2>>4
	if caps&(caps-1) != 0 && inRange8(key, 'a', 'z')|inRange8(key2, 'a', 'z') == 0 {
		fl |= fAllCaps
	}
	// Field by field, as plainWords writes (see there).
	dst.Text, dst.Lower, dst.Span = w, l, t.Span
	dst.Cap, dst.Kind, dst.Flags = upper&0x80 != 0, t.Kind, fl
	return info, true
}

// high8 has the top bit of each of eight bytes.
const high8 = 0x8080808080808080

// inRange8 returns the top bit of each byte of x (all ASCII) that lies in
// [lo, hi]: adding 0x80-lo sets a byte's top bit when it is at least lo,
// adding 0x80-hi-1 when it is above hi, and no sum carries into the next
// byte. Zero bytes (past a short word's end) are in no range from 1 up.
func inRange8(x uint64, lo, hi byte) uint64 {
	const ones = 0x0101010101010101
	ge := x + uint64(0x80-lo)*ones
	gt := x + uint64(0x80-hi-1)*ones
	return ge &^ gt & high8
}

// plainWord makes in *dst the word of token t when the token is one word
// and no possessive (see lexicon.AppendToken), with its flags set as
// flagWord sets them from one scan of its bytes, and returns the index of
// the phrases it starts. It reports false, leaving *dst to be
// overwritten, for the other tokens and for a hyphenated pair of names.
func (x *Extractor) plainWord(dst *lexicon.Word, t *doc.Token, text string, lw *lowerer, f *wordFlags) (uint32, bool) {
	w := t.Span.Of(text)
	if t.Kind == doc.Punct && (w == "'" || w == "’") || t.Kind == doc.Word && possessive(w) {
		return 0, false
	}
	// The bytes' classes (see byteClass), or-ed, and the capitals: eight
	// bytes at a time while they are ASCII (see inRange8; these words are
	// longer than eight bytes, mostly), then byte by byte.
	var acc uint8
	upper := 0
	k := 0
	for ; k+8 <= len(w); k += 8 {
		c := le64(w[k : k+8])
		if c&high8 != 0 {
			break
		}
		if up := inRange8(c, 'A', 'Z'); up != 0 {
			acc |= bUpper
			upper += bits.OnesCount64(up)
		}
		if inRange8(c, 'a', 'z') != 0 {
			acc |= bLower
		}
		if inRange8(c, '0', '9') != 0 {
			acc |= bDigit
		}
		if inRange8(c, '-', '-') != 0 {
			acc |= bHyphen
		}
	}
	for ; k < len(w); k++ {
		c := byteClass[w[k]]
		acc |= c
		upper += int(c & bUpper)
	}
	ascii := acc&bHigh == 0
	var l string
	var capital bool
	if ascii {
		l = lw.of(w)
		capital = w != "" && 'A' <= w[0] && w[0] <= 'Z'
	} else {
		l = strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		capital = unicode.IsUpper(r)
	}
	if capital && t.Kind == doc.Word && acc&bHyphen != 0 && strings.IndexByte(w, '-') > 0 && x.splits(lexicon.Word{Text: w, Lower: l, Cap: capital}) {
		return 0, false
	}
	var fl, info uint32
	if len(l) == 1 {
		e := &f.one[l[0]]
		fl, info = e.flags, e.info
		if t.Kind == doc.Punct {
			fl |= e.punct
		}
	} else {
		fl, info = f.lookup(l)
		if t.Kind == doc.Punct {
			fl |= punctFlags(w)
		}
	}
	if t.Kind != doc.Punct {
		if acc&bDigit != 0 {
			fl |= fDigit
		}
		if acc&bHyphen != 0 && (strings.HasSuffix(l, "-member") || strings.HasSuffix(l, "-strong")) {
			fl |= fCountMod
		}
		if ascii && upper >= 2 && acc&bLower == 0 || !ascii && allCaps(w) {
			fl |= fAllCaps
		}
	}
	// Field by field, as plainWords writes (see there).
	dst.Text, dst.Lower, dst.Span = w, l, t.Span
	dst.Cap, dst.Kind, dst.Flags = capital, t.Kind, fl
	return info, true
}

// appendSplit appends the parts of hyphenated word w and the hyphens
// between them to ws.
func appendSplit(ws []lexicon.Word, w lexicon.Word, lw *lowerer) []lexicon.Word {
	off := w.Span.Start
	for k, p := range strings.Split(w.Text, "-") {
		if k > 0 {
			ws = append(ws, lexicon.Word{Text: "-", Lower: "-", Span: doc.Span{Start: off, End: off + 1}, Kind: doc.Punct})
			off++
		}
		// (An ASCII part lower-cases as lexicon.LowerASCII has it.)
		l := ""
		if isASCII(p) {
			l = lw.of(p)
		} else {
			l = strings.ToLower(p)
		}
		ws = append(ws, lexicon.Word{Text: p, Lower: l, Span: doc.Span{Start: off, End: off + len(p)}, Cap: capitalized(p), Kind: doc.Word})
		off += len(p)
	}
	return ws
}
