package event

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/lexicon"
)

//go:embed data
var dataFS embed.FS

// Code is the legacy coding of a PLOVER type and mode.
type Code struct {
	CAMEO     string
	QuadClass int
	Goldstein float64
}

// Trigger is one trigger entry of a language's lexicon.
type Trigger struct {
	Phrase string
	Type   string // "" for light verbs
	Mode   string // ontology mode, "" for none
	Flags  map[string]bool
	Where  string // file:line, for explain
}

// Types lists the 16 PLOVER event types.
var Types = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// Lexicon holds the ontology and each language's triggers and keywords.
type Lexicon struct {
	codes    map[string]Code // "TYPE" or "TYPE/mode"
	triggers map[string]*lexicon.Phrases[Trigger]
	roots    map[string]map[string][]Trigger // Indonesian roots
	aid      map[string]map[string]bool
	contexts map[string]*lexicon.Phrases[string]
}

// LoadLexicon loads the embedded event data.
func LoadLexicon() (*Lexicon, error) {
	lx := &Lexicon{codes: map[string]Code{}, triggers: map[string]*lexicon.Phrases[Trigger]{}, roots: map[string]map[string][]Trigger{},
		aid: map[string]map[string]bool{}, contexts: map[string]*lexicon.Phrases[string]{}}
	es, err := lexicon.LoadFS(dataFS, "data/ontology.tsv", lexicon.Options{MinFields: 5, KeyFields: 2})
	if err != nil {
		return nil, err
	}
	valid := map[string]bool{}
	for _, t := range Types {
		valid[t] = true
	}
	for _, e := range es {
		if !valid[e.Field(0)] {
			return nil, fmt.Errorf("%s: unknown PLOVER type %q: %w", e.Where(), e.Field(0), lexicon.ErrFormat)
		}
		q, err1 := strconv.Atoi(e.Field(3))
		g, err2 := strconv.ParseFloat(e.Field(4), 64)
		if err1 != nil || err2 != nil || q < 1 || q > 4 || g < -10 || g > 10 {
			return nil, fmt.Errorf("%s: bad quad class or Goldstein value: %w", e.Where(), lexicon.ErrFormat)
		}
		key := e.Field(0)
		if m := e.Field(1); m != "-" {
			key += "/" + m
		}
		lx.codes[key] = Code{CAMEO: e.Field(2), QuadClass: q, Goldstein: g}
	}
	for _, t := range Types {
		if _, ok := lx.codes[t]; !ok {
			return nil, fmt.Errorf("data/ontology.tsv: no default coding for %s: %w", t, lexicon.ErrFormat)
		}
	}
	for _, lang := range []string{"en", "id"} {
		t := lexicon.NewPhrases[Trigger]()
		roots := map[string][]Trigger{}
		es, err := lexicon.LoadFS(dataFS, "data/"+lang+"/triggers.tsv", lexicon.Options{MinFields: 4, KeyFields: 2, FoldKey: true})
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			tr := Trigger{Phrase: e.Field(0), Type: e.Field(1), Mode: e.Field(2), Flags: map[string]bool{}, Where: e.Where()}
			if tr.Type == "-" {
				tr.Type = ""
			} else if !valid[tr.Type] {
				return nil, fmt.Errorf("%s: unknown PLOVER type %q: %w", e.Where(), tr.Type, lexicon.ErrFormat)
			}
			if tr.Mode == "-" {
				tr.Mode = ""
			}
			if tr.Mode != "" {
				if _, ok := lx.codes[tr.Type+"/"+tr.Mode]; !ok {
					return nil, fmt.Errorf("%s: mode %q of %s is not in ontology.tsv: %w", e.Where(), tr.Mode, tr.Type, lexicon.ErrFormat)
				}
			}
			for _, f := range strings.Split(e.Field(3), ",") {
				if f = strings.TrimSpace(f); f != "" && f != "-" {
					tr.Flags[f] = true
				}
			}
			if tr.Flags["root"] {
				roots[tr.Phrase] = append(roots[tr.Phrase], tr)
				continue
			}
			t.Add(tr.Phrase, tr, false)
			if tr.Flags["v"] {
				for _, f := range inflect(tr.Phrase) {
					t.Add(f, tr, false)
				}
			}
		}
		lx.triggers[lang] = t
		lx.roots[lang] = roots
		aid := map[string]bool{}
		for _, e := range lexicon.MustLoadFS(dataFS, "data/"+lang+"/aid.txt", lexicon.DefaultOptions()) {
			aid[e.Field(0)] = true
		}
		lx.aid[lang] = aid
		ct := lexicon.NewPhrases[string]()
		ces, err := lexicon.LoadFS(dataFS, "data/"+lang+"/contexts.tsv", lexicon.Options{MinFields: 2, KeyFields: 2, FoldKey: true})
		if err != nil {
			return nil, err
		}
		for _, e := range ces {
			ct.Add(e.Field(0), e.Field(1), false)
		}
		lx.contexts[lang] = ct
	}
	return lx, nil
}

// inflect returns the -s, -ed and -ing forms of a regular English verb
// phrase (the first word inflects).
func inflect(p string) []string {
	ws := strings.Fields(p)
	v, rest := ws[0], strings.Join(ws[1:], " ")
	var forms []string
	switch {
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		forms = []string{v + "s", v + "d", v + "ing"} // agreeing, eyeing
	case strings.HasSuffix(v, "e"):
		forms = []string{v + "s", v + "d", v[:len(v)-1] + "ing"}
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		forms = []string{v[:len(v)-1] + "ies", v[:len(v)-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x"):
		forms = []string{v + "es", v + "ed", v + "ing"}
	default:
		forms = []string{v + "s", v + "ed", v + "ing"}
	}
	if rest != "" {
		for i := range forms {
			forms[i] += " " + rest
		}
	}
	return forms
}

// Coding returns the CAMEO code, quad class and Goldstein value of a type and mode.
func (lx *Lexicon) Coding(typ, mode string) Code {
	if c, ok := lx.codes[typ+"/"+mode]; ok && mode != "" {
		return c
	}
	return lx.codes[typ]
}
