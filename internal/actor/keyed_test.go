package actor

import (
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/text"
)

// countryLangOK and englishNameIn are the tagger's language rules as they
// were written on the entries' strings, before countryVal.
func countryLangOK(v countryEntry, lang string) bool {
	return v.lang == "*" || v.lang == "" || v.lang == lang
}

func englishNameIn(v countryEntry, lang string, ws []lexicon.Word, next int) bool {
	return lang == "id" && v.lang == "en" && v.Kind == "adj" && next < len(ws) && ws[next].Cap && ws[next].Kind == doc.Word
}

// TestKeyedMatch checks the compiled phrases against lexicon.Cands.Match,
// which they stand for: at every word of the test texts, in both
// languages, the tagger's tables find the phrase Match finds among the
// candidates of the word's lower-case form, with the values the tagger
// takes from it; and words have the same key exactly when they are the
// same word.
func TestKeyedMatch(t *testing.T) {
	x := New(Options{})
	texts := append(wordTexts(t),
		"the Minister of Foreign Affairs and the minister of foreign affairs met the Deputy Prime Minister",
		"US$ 5 AS US as the U.S. and the Republic of Korea, South Korea's and PBB Uni Eropa's European Union",
		"Menteri Luar Negeri Menteri Luar menteri luar negeri Wakil Menteri Pertahanan Kedutaan Besar Amerika Serikat")
	matched := 0
	for _, lang := range []string{"en", "id"} {
		f := x.flags[lang]
		roles := x.lx.roles[lang]
		lc := lcEN
		if lang == "id" {
			lc = lcID
		}
		byKey := map[uint32]string{}
		for _, s := range texts {
			d := &doc.Document{Text: s, Language: lang}
			text.Segment(d)
			var lw lowerer
			lw.reset(len(d.Text))
			for si := range d.Sentences {
				ws, infos := x.appendWords(nil, nil, d.Text, &lw, d.Sentences[si], f)
				for i := range ws {
					if k := wordKey(infos, i); k != 0 {
						if w, ok := byKey[k]; ok && w != ws[i].Lower {
							t.Fatalf("%s: %q and %q have key %d", lang, w, ws[i].Lower, k)
						}
						byKey[k] = ws[i].Lower
					} else if _, info := f.get(ws[i].Lower); info != 0 {
						t.Fatalf("%s: %q has no key, its table entry %#x", lang, ws[i].Lower, info)
					}
					info := f.info(infos, i)
					// Roles: the phrase, and the entry pickRole picks.
					n, vals := roles.Candidates(ws[i].Lower).Match(ws, i)
					gn, role := f.roles.match(info.roles, ws, infos, i)
					if gn != n || n > 0 && (role.val != pickRole(vals) || role.tag != roleTag(pickRole(vals).Kind)) {
						t.Errorf("%s: roles at %q in %q: %d %v, want %d %v", lang, ws[i].Text, s, gn, role, n, vals)
					}
					if n > 0 {
						matched++
					}
					// Countries: the phrase, its entries and their codes.
					n, cvals := x.lx.countries.Candidates(ws[i].Lower).Match(ws, i)
					gn, cs := f.countries.match(info.countries, ws, infos, i)
					if gn != n {
						t.Errorf("%s: countries at %q in %q: %d, want %d", lang, ws[i].Text, s, gn, n)
					} else if n > 0 {
						got := f.countryVals[cs.val.start:cs.val.end]
						if len(got) != len(cvals) {
							t.Fatalf("%s: countries at %q: %d entries, want %d", lang, ws[i].Text, len(got), len(cvals))
						}
						for k := range cvals {
							v := &cvals[k]
							if got[k].e != v || got[k].langOK(lc) != countryLangOK(*v, lang) ||
								got[k].englishNameIn(lc, ws, i+n) != englishNameIn(*v, lang, ws, i+n) ||
								(got[k].kind == ckName) != (v.Kind == "name") || (got[k].kind == ckAdj) != (v.Kind == "adj") ||
								(got[k].kind == ckAbbr) != (v.Kind == "abbr") || (got[k].kind == ckCity) != (v.Kind == "city") {
								t.Errorf("%s: countries at %q: entry %d %+v for %+v", lang, ws[i].Text, k, got[k], *v)
							}
						}
					}
					// IGOs: the phrase and its first value.
					n, ivals := x.lx.igos.Candidates(ws[i].Lower).Match(ws, i)
					gn, org := f.igos.match(info.igos, ws, infos, i)
					if gn != n || n > 0 && org.val != &ivals[0] {
						t.Errorf("%s: IGOs at %q in %q: %d, want %d", lang, ws[i].Text, s, gn, n)
					}
				}
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d role phrases matched: the test tests little", matched)
	}
}

// TestCountryCodes checks the codes of every country entry against the
// strings they stand for.
func TestCountryCodes(t *testing.T) {
	for _, c := range []struct {
		kind string
		want countryKind
	}{{"name", ckName}, {"adj", ckAdj}, {"abbr", ckAbbr}, {"city", ckCity}, {"monarchy", ckOther}, {"", ckOther}, {"Name", ckOther}} {
		if got := countryKindOf(c.kind); got != c.want {
			t.Errorf("countryKindOf(%q) = %d, want %d", c.kind, got, c.want)
		}
	}
	for _, c := range []struct {
		lang string
		want langCode
	}{{"", lcAny}, {"*", lcAny}, {"en", lcEN}, {"id", lcID}, {"ms", lcOther}, {"EN", lcOther}} {
		if got := langCodeOf(c.lang); got != c.want {
			t.Errorf("langCodeOf(%q) = %d, want %d", c.lang, got, c.want)
		}
	}
}
