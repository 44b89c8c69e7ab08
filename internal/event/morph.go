package event

import "strings"

// Indonesian morphology by rule: the candidate roots of an affixed word,
// so that one root entry ("temu") matches bertemu, menemui, pertemuan,
// ditemui; "tandatangan" matches menandatangani, ditandatangani,
// penandatanganan.

// morphForm is one reading of a word: a candidate root and what the
// affixes say about it.
type morphForm struct {
	root    string
	noun    bool // pe(N)-/per-/ke-...-an or -an: a noun
	passive bool // di-
	bare    bool // no affix at all
}

var particles = []string{"nya", "lah", "kah", "pun"}

// idForms returns the readings of an Indonesian word, bare first.
func idForms(w string) []morphForm {
	w = strings.ToLower(w)
	out := []morphForm{{root: w, bare: true}}
	base := w
	for _, p := range particles {
		if strings.HasSuffix(base, p) && len(base) > len(p)+3 {
			base = base[:len(base)-len(p)]
			out = append(out, morphForm{root: base})
			break
		}
	}
	type suf struct {
		s    string
		noun bool
	}
	stems := []morphForm{{root: base}}
	for _, s := range []suf{{"kan", false}, {"an", true}, {"i", false}} {
		if strings.HasSuffix(base, s.s) && len(base) > len(s.s)+3 {
			stems = append(stems, morphForm{root: base[:len(base)-len(s.s)], noun: s.noun})
		}
	}
	for _, st := range stems {
		if st.root != w {
			out = append(out, st)
		}
		for _, pf := range prefixRoots(st.root) {
			f := morphForm{root: pf.root, noun: st.noun && pf.nounPrefix || pf.nounPrefix && st.noun, passive: pf.passive}
			if pf.nounPrefix && !st.noun && pf.prefix != "ke" {
				// pe(N)- without -an ("pengirim") is an agent noun.
				f.noun = true
			}
			if pf.prefix == "ke" && !st.noun {
				continue
			}
			if st.noun && !pf.nounPrefix {
				continue // me-...-an is not a form
			}
			out = append(out, f)
		}
	}
	// A bare root with -an and no prefix ("kunjungan", "dukungan") is a noun.
	return out
}

type prefixed struct {
	root       string
	prefix     string
	nounPrefix bool
	passive    bool
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// prefixRoots strips one or two prefixes with the nasal sound changes of
// me(N)- and pe(N)-.
func prefixRoots(w string) []prefixed {
	var out []prefixed
	add := func(root, prefix string, noun, passive bool) {
		if len(root) >= 3 {
			out = append(out, prefixed{root: root, prefix: prefix, nounPrefix: noun, passive: passive})
			// A second prefix (memper-, diper-) changes the meaning
			// (mempertahankan is not menahan), so none is stripped.
		}
	}
	nasal := func(rest, prefix string, noun bool) {
		// me- and pe- alone come before l, m, n, r, w, y: meminta, melihat.
		add(rest, prefix, noun, false)
		switch {
		case strings.HasPrefix(rest, "ng"):
			r := rest[2:]
			add(r, prefix, noun, false)
			if len(r) > 0 && isVowel(r[0]) {
				add("k"+r, prefix, noun, false)
			}
			if strings.HasPrefix(r, "e") {
				add(r[1:], prefix, noun, false) // menge- before one-syllable roots
			}
		case strings.HasPrefix(rest, "ny"):
			add("s"+rest[2:], prefix, noun, false)
		case strings.HasPrefix(rest, "m"):
			r := rest[1:]
			add(r, prefix, noun, false)
			if len(r) > 0 && isVowel(r[0]) {
				add("p"+r, prefix, noun, false)
			}
		case strings.HasPrefix(rest, "n"):
			r := rest[1:]
			add(r, prefix, noun, false)
			if len(r) > 0 && isVowel(r[0]) {
				add("t"+r, prefix, noun, false)
			}
		default:
			add(rest, prefix, noun, false)
		}
	}
	switch {
	case strings.HasPrefix(w, "me"):
		nasal(w[2:], "me", false)
	case strings.HasPrefix(w, "di"):
		add(w[2:], "di", false, true)
	case strings.HasPrefix(w, "ter"):
		add(w[3:], "ter", false, false)
	case strings.HasPrefix(w, "ber"):
		add(w[3:], "ber", false, false)
	case strings.HasPrefix(w, "be") && len(w) > 4 && w[2] == 'k':
		add(w[2:], "ber", false, false) // bekerja
	}
	switch {
	case strings.HasPrefix(w, "per"):
		add(w[3:], "per", true, false)
	case strings.HasPrefix(w, "pe"):
		nasal(w[2:], "pe", true)
	case strings.HasPrefix(w, "ke"):
		add(w[2:], "ke", true, false)
	}
	return out
}

// sameRoot reports whether two Indonesian words may share a root of four
// letters or more: menolak and penolakan, bertemu and pertemuan.
func sameRoot(a, b string) bool {
	for _, x := range idForms(a) {
		if len(x.root) < 4 {
			continue
		}
		for _, y := range idForms(b) {
			if x.root == y.root {
				return true
			}
		}
	}
	return false
}
