package actor

import (
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
)

// The gazetteer phrases, compiled for the tagger.
//
// lexicon.Cands match a phrase by comparing the words after its first
// with the sentence's, as strings: for each candidate the matcher reads
// its phrase, the phrase's word list and each word's bytes, from
// wherever loading the lexicon left them. The tagger looks phrases up
// at every word that may start one, and in the pipeline the lexicon is
// cold in the cache, the document's foundation stages having run since
// the last document's tags. Here the candidates of each first word lie
// in one flat array, longest first as lexicon.Cands has them, and the
// words after the first are compared by key: a number the word flag
// table gives every word of every phrase (see wordFlags), which each
// word of a sentence gets with its flags, 0 for a word of no phrase. Two
// words have the same key exactly when their lower-case forms are the
// same, so a phrase matches by keys exactly when it matches by strings.
// What the tagger asks of a phrase's values is worked out once, too:
// the role it picks (see pickRole), the kind and language of a country
// entry (see countryVal).

// infoKeyShift places a word's key above its info index in what
// wordFlags.get returns: a word's info is index | key<<infoKeyShift.
const infoKeyShift = 16

// maxInfoIndex and maxWordKey are what the two parts of an info hold.
const (
	maxInfoIndex = 1<<infoKeyShift - 1
	maxWordKey   = 1<<(32-infoKeyShift) - 1
)

// wordKey returns the key of word k of a sentence, given its infos: 0
// for a word of no phrase.
func wordKey(infos []uint32, k int) uint32 { return infos[k] >> infoKeyShift }

// span is a range [start, end) of a flat array.
type span struct{ start, end uint32 }

// keyedPhrase is a compiled phrase.
type keyedPhrase struct {
	n      uint8  // words
	exact  bool   // case-sensitive: lexicon.Cands.MatchesAt has the last word
	second uint16 // the key of its second word, 0 for none
	k      uint16 // the phrase's index among its first word's candidates
	// tag is the tag of a role phrase's value (see roleEntry.tag), which
	// the tagger reads here rather than from the entry, elsewhere in
	// memory; tNone for the other gazetteers.
	tag  tagKind
	keys uint32 // the keys of its words after the second start at phraseTable.keys[keys]
	src  uint32 // its first word's candidates in phraseTable.srcs
}

// A phrase's head (see phraseTable.heads) holds its second word's key in
// its low 16 bits and its length in words above.
const headLenShift = 16

func phraseHead(p *keyedPhrase) uint32 { return uint32(p.second) | uint32(p.n)<<headLenShift }

// keyed is a compiled phrase with what the tagger needs of its values.
type keyed[P any] struct {
	keyedPhrase
	val P
}

// phraseTable holds the compiled phrases of one gazetteer: each first
// word's (see wordInfo) are a span of phrases.
type phraseTable[P, V any] struct {
	phrases []keyed[P]
	// heads has each phrase's length and second word (see phraseHead),
	// four bytes to a phrase where phrases has 16 and more: match reads
	// a phrase only when its head fits the words. (Most are ruled out by
	// their second word; the tagger looks phrases up in every sentence,
	// and in the pipeline the tables are cold in the cache.)
	heads []uint32
	keys  []uint16
	srcs  []lexicon.Cands[V] // the candidates compiled, by first word
}

// add compiles the candidates c of one first word and returns their span;
// key gives the key of each word, val what the tagger needs of a
// phrase's values.
func (t *phraseTable[P, V]) add(c lexicon.Cands[V], key func(string) uint16, val func(vals []V) P) span {
	s := span{start: uint32(len(t.phrases))}
	if c.Len() == 0 {
		s.end = s.start
		return s
	}
	src := uint32(len(t.srcs))
	t.srcs = append(t.srcs, c)
	for k := range c.Len() {
		words, vals, exact := c.Phrase(k)
		if len(words) > 255 || k > 1<<16-1 {
			panic("actor: a gazetteer phrase too long to compile")
		}
		p := keyed[P]{keyedPhrase: keyedPhrase{n: uint8(len(words)), exact: exact, k: uint16(k), keys: uint32(len(t.keys)), src: src}, val: val(vals)}
		if len(words) > 1 {
			p.second = key(words[1])
			for _, w := range words[2:] {
				t.keys = append(t.keys, key(w))
			}
		}
		t.phrases = append(t.phrases, p)
		t.heads = append(t.heads, phraseHead(&p.keyedPhrase))
	}
	s.end = uint32(len(t.phrases))
	return s
}

// match returns the length in words of the longest of the phrases in s
// starting at ws[i], taken to be their first word, and the phrase, with
// what the tagger needs of its values; 0 and nil when none starts there.
// infos are the words' infos (see wordFlags.get). It finds the phrase
// lexicon.Cands.Match finds.
func (t *phraseTable[P, V]) match(s span, ws []lexicon.Word, infos []uint32, i int) (int, *keyed[P]) {
	rest := len(ws) - i // the words from ws[i] on
	second := uint32(0)
	if rest > 1 {
		second = infos[i+1] >> infoKeyShift
	}
	for pi, h := range t.heads[s.start:s.end] {
		n := int(h >> headLenShift)
		// (Most phrases are ruled out by their second word.)
		if n > rest || n > 1 && h&(1<<headLenShift-1) != second {
			continue
		}
		p := &t.phrases[int(s.start)+pi]
		if n > 2 && !t.thirdOn(&p.keyedPhrase, infos[i+2:i+n]) {
			continue
		}
		if p.exact && !t.srcs[p.src].MatchesAt(int(p.k), ws, i) {
			continue
		}
		return n, p
	}
	return 0, nil
}

// thirdOn reports whether the phrase's words from the third on have the
// keys of the infos next.
func (t *phraseTable[P, V]) thirdOn(p *keyedPhrase, next []uint32) bool {
	keys := t.keys[p.keys : int(p.keys)+len(next)]
	for k, in := range next {
		if in>>infoKeyShift != uint32(keys[k]) {
			return false
		}
	}
	return true
}

// seconds calls f with the key of the second word of every phrase in s
// and reports whether every phrase has one (see wordInfo.rolesNext).
func (t *phraseTable[P, V]) seconds(s span, f func(key uint32)) bool {
	all := true
	for _, p := range t.phrases[s.start:s.end] {
		if p.n > 1 {
			f(uint32(p.second))
		} else {
			all = false
		}
	}
	return all
}

// countryVal is what the tagger asks of a country entry: its kind and
// language as numbers, not strings to compare.
type countryVal struct {
	e    *countryEntry
	kind countryKind
	lang langCode
}

type countryKind uint8

const (
	ckOther countryKind = iota
	ckName
	ckAdj
	ckAbbr
	ckCity
)

func countryKindOf(kind string) countryKind {
	switch kind {
	case "name":
		return ckName
	case "adj":
		return ckAdj
	case "abbr":
		return ckAbbr
	case "city":
		return ckCity
	}
	return ckOther
}

// langCode is an entry's language: any ("" or "*"), English, Indonesian
// or another.
type langCode uint8

const (
	lcAny langCode = iota
	lcEN
	lcID
	lcOther
)

func langCodeOf(lang string) langCode {
	switch lang {
	case "", "*":
		return lcAny
	case "en":
		return lcEN
	case "id":
		return lcID
	}
	return lcOther
}

// langOK reports whether the entry is read in the language whose code is
// lang (lcEN or lcID): abbreviations such as "AS" (Amerika Serikat) are
// read only in their language.
func (v *countryVal) langOK(lang langCode) bool { return v.lang == lcAny || v.lang == lang }

// englishNameIn reports an English adjective opening a proper name in an
// Indonesian story (lang is lcID), next being the word after it: "aparat
// Australian Border Force", "Philippine National Police".
func (v *countryVal) englishNameIn(lang langCode, ws []lexicon.Word, next int) bool {
	return lang == lcID && v.lang == lcEN && v.kind == ckAdj && next < len(ws) && ws[next].Cap && ws[next].Kind == doc.Word
}
