package actor

import (
	"cmp"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/txtar"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
	"github.com/dyad-project/dyad/internal/text"
	_ "github.com/dyad-project/dyad/internal/text/lang/all"
)

// wordTexts are texts for the word tests: the fixture articles' inputs as
// they are stored, and sentences with the cases appendWords treats apart.
func wordTexts(t *testing.T) []string {
	texts := []string{
		"Cambodia's envoy met Belarus' Foreign Minister and the Philippines’ delegation. JAMES’S Hun Sen's son; the boss' car, Laos’ PM.",
		"Hubungan Kamboja-Jepang dan ASEAN-Rusia dibahas. Timor-Leste's bid, a 40-member team, a 200-Strong force, Jepang-Amerika-Korea talks, X-ray -Laos Laos-.",
		"“We agreed,” said Menlu Castañeda. \"ÉTATS UNIS\" (UN) [sic] İstanbul ÀÉ Ülkü, COVID-19 in 2024, G20 H.E. Dr. PM-ASEAN U.S.-China.",
		"Menteri P2MI Temui Menteri Sumber Manusia Malaysia, Minta Upah PMI Dibayar",
		"Belarus ' Foreign Ministry and Belarus'\nnext' ' ’ s's 's ’s",
		"Ties' US's IS' AS's -- ... X-ray co-op 4-member 8-strong A-B Lao-Thai KL-Bangkok UN's' ok",
		"A",
		"Laos'",
		// regressions: words of more than eight bytes, read eight at a time
		"INTERPOL'S DELEGATIONS COVID-2019X Ministerial SOUTHEAST-ASIAN ABCDEFGH1 abcdefgh-member ABCDEFGHIJ-Strong A1234567B AB-1234567 A-1234567",
		"Kementerian KEMENTERIAN Kementeriané KEMENTERIÉN abcdefghÉ ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890123 Presiden-Jokowi Kamboja-Jepang-Korea",
		// regressions: words of nine to sixteen bytes, read as two numbers
		"Pemerintahan PEMERINTAHAN Kementerian's DELEGATIONS' ABCDEFGHIJKLMNOP ABCDEFGHIJKLMNOPQ internationalism abcdefghijklmno1 AB12345678 A123456789 Ab12345678 A12345678b AbCdEfGhIj 123456789012 abcdefgh-Z ABCDEFGH-ij. Kementerian",
		"Sekretariat, Kementerian; (Internasional) “Internasional” Indonesia's ABCDEFGHI",
	}
	paths, err := filepath.Glob("../../testdata/articles/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range txtar.Parse(b).Files {
			if strings.HasPrefix(f.Name, "input.") {
				texts = append(texts, string(f.Data))
			}
		}
	}
	if len(texts) < 20 {
		t.Fatalf("only %d texts", len(texts))
	}
	return texts
}

// TestAppendWords checks appendWords, which makes a sentence's words in
// one pass, against the steps it fuses as they were written before:
// lexicon.AppendWords, splitting hyphenated pairs, flagging every word,
// and isTitleCase (which quoted finds).
func TestAppendWords(t *testing.T) {
	x := New(Options{})
	for _, lang := range []string{"en", "id"} {
		f := x.flags[lang]
		// The texts as the segmenter splits them, and split at spaces
		// alone: tokens such as "Ties'" the segmenter never makes.
		var docs []*doc.Document
		for _, s := range wordTexts(t) {
			d := &doc.Document{Text: s, Language: lang}
			text.Segment(d)
			docs = append(docs, d, fieldTokens(s, lang))
		}
		for ti, d := range docs {
			lower := lexicon.LowerASCII(d.Text) // for the reference, lexicon.AppendWords
			var lw lowerer
			lw.reset(len(d.Text))
			var got, all []lexicon.Word
			var infos []uint32
			for si := range d.Sentences {
				k, ka := len(got), len(all)
				got, infos = x.appendWords(got, infos, d.Text, &lw, d.Sentences[si], f)
				all = lexicon.AppendWords(all, d.Text, lower, d.Sentences[si])
				want := stepSplit(x, all[ka:])
				wantInfos := make([]uint32, len(want))
				stepFlag(f, want, wantInfos)
				gs, gi := got[k:], infos[k:]
				if len(gs) != len(want) {
					t.Fatalf("%s text %d sentence %d: %d words, want %d", lang, ti, si, len(gs), len(want))
				}
				for i := range want {
					g := gs[i]
					if q := g.Flags&fQuote != 0; q != (g.Text == "\"" || g.Text == "“" || g.Text == "”") {
						t.Errorf("%s text %d: word %q: quote flag %v", lang, ti, g.Text, q)
					}
					g.Flags &^= fQuote
					if g != want[i] || gi[i] != wantInfos[i] {
						t.Errorf("%s text %d sentence %d word %d:\n got %+v info %d\nwant %+v info %d", lang, ti, si, i, g, gi[i], want[i], wantInfos[i])
					}
				}
				if _, _, titled, _ := quoted(make([]bool, len(gs)), gs, false, d, si); titled != isTitleCase(want) {
					t.Errorf("%s text %d sentence %d: title case %v", lang, ti, si, titled)
				}
			}
		}
	}
}

// stepSplit is splitHyphenated as it was: hyphenated pairs of names
// split into their parts.
func stepSplit(x *Extractor, ws []lexicon.Word) []lexicon.Word {
	var out []lexicon.Word
	for _, w := range ws {
		if w.Kind != doc.Word || !w.Cap || strings.IndexByte(w.Text, '-') <= 0 || !x.splits(w) {
			out = append(out, w)
			continue
		}
		off := w.Span.Start
		for k, p := range strings.Split(w.Text, "-") {
			if k > 0 {
				out = append(out, lexicon.Word{Text: "-", Lower: "-", Span: doc.Span{Start: off, End: off + 1}, Kind: doc.Punct})
				off++
			}
			out = append(out, lexicon.Word{Text: p, Lower: strings.ToLower(p), Span: doc.Span{Start: off, End: off + len(p)}, Cap: capitalized(p), Kind: doc.Word})
			off += len(p)
		}
	}
	return out
}

// stepFlag is wordFlags.flag as it was, before the quote flag.
func stepFlag(f *wordFlags, ws []lexicon.Word, infos []uint32) {
	for i := range ws {
		w := &ws[i]
		fl, info := f.get(w.Lower)
		infos[i] = info
		if w.Kind == doc.Punct {
			if strings.ContainsAny(w.Text, "\"“([") {
				fl |= fOpenPunct
			}
			w.Flags = fl
			continue
		}
		if strings.HasSuffix(w.Lower, "-member") || strings.HasSuffix(w.Lower, "-strong") {
			fl |= fCountMod
		}
		upper, lowerc, ascii := 0, 0, true
		for k := 0; k < len(w.Text); k++ {
			switch c := w.Text[k]; {
			case c >= 'A' && c <= 'Z':
				upper++
			case c >= 'a' && c <= 'z':
				lowerc++
			case c >= '0' && c <= '9':
				fl |= fDigit
			case c >= 0x80:
				ascii = false
			}
		}
		if ascii && upper >= 2 && lowerc == 0 || !ascii && allCaps(w.Text) {
			fl |= fAllCaps
		}
		w.Flags = fl
	}
}

// TestWordFlagsGet checks the flag tables find every key they were built
// with and nothing else.
func TestWordFlagsGet(t *testing.T) {
	x := New(Options{})
	for _, lang := range []string{"en", "id"} {
		f := x.flags[lang]
		keys := f.allKeys()
		for i, s := range f.short {
			if (s.meta != 0) != (f.shortCtrl[i] != 0) {
				t.Errorf("%s: short slot %d: meta %#x, control byte %#x", lang, i, s.meta, f.shortCtrl[i])
			}
		}
		for i, s := range f.mid {
			if (s.meta != 0) != (f.midCtrl[i] != 0) {
				t.Errorf("%s: mid slot %d: meta %#x, control byte %#x", lang, i, s.meta, f.midCtrl[i])
			}
		}
		// Keys of nine to sixteen bytes are in mid, longer ones in slots.
		for i, s := range f.slots {
			if f.ctrl[i] != 0 && s.n <= 16 {
				t.Errorf("%s: key %q of %d bytes among the long keys", lang, f.keys[s.off:s.off+s.n], s.n)
			}
		}
		if len(keys) < 500 {
			t.Errorf("%s: only %d keys", lang, len(keys))
		}
		long := 0
		for k, want := range keys {
			if len(k) > 8 {
				long++
			}
			if fl, info := f.get(k); fl != want[0] || info != want[1] {
				t.Errorf("%s: get(%q) = %d, %d; want %d, %d", lang, k, fl, info, want[0], want[1])
			}
			for _, miss := range []string{k + "x", "x" + k, k[:len(k)-1], k + "\x00", "\x00" + k} {
				if _, ok := keys[miss]; ok {
					continue
				}
				if fl, info := f.get(miss); fl != 0 || info != 0 {
					t.Errorf("%s: get(%q) = %d, %d for no key", lang, miss, fl, info)
				}
			}
		}
		if long < 100 {
			t.Errorf("%s: only %d long keys", lang, long)
		}
		// The tables against the plain map they were built from: every
		// word, of every length, has its flags, its key (its place among
		// the words in order, from 1) and phrases when it starts some.
		m, _ := x.flagMap(lang)
		delete(m, "") // (no word)
		words := slices.Sorted(maps.Keys(m))
		for i, k := range words {
			fl, info := f.lookup(k)
			starts := m[k]&(fRoleStart|fCountryStart|fIGOStart) != 0
			if fl != m[k] || info>>infoKeyShift != uint32(i+1) || (info&maxInfoIndex != 0) != starts {
				t.Errorf("%s: lookup(%q) = %#x, %#x; want flags %#x, key %d, phrases %v", lang, k, fl, info, m[k], i+1, starts)
			}
		}
	}
}

// TestHomeMid checks homeMid against lookupMid as TestHomeShort checks
// homeShort, for words of nine to sixteen bytes.
func TestHomeMid(t *testing.T) {
	x := New(Options{})
	r := rand.New(rand.NewPCG(5, 6))
	for _, lang := range []string{"en", "id"} {
		f := x.flags[lang]
		var words []string
		for k := range f.allKeys() {
			if len(k) > 8 && len(k) <= 16 {
				words = append(words, k, k[:len(k)-1], "x"+k[:len(k)-1], k[1:]+"q", "xy"+k[:min(len(k), 14)])
			}
		}
		for range 20000 {
			b := make([]byte, 9+r.IntN(8))
			for i := range b {
				b[i] = "abcdeghiklmnoprstuy-'.0"[r.IntN(23)]
			}
			words = append(words, string(b))
		}
		over, keys := 0, 0
		for _, w := range words {
			if len(w) <= 8 || len(w) > 16 {
				continue
			}
			key, key2 := le64(w), pack8(w[8:])
			if home := midHash(key, key2, len(w)) >> f.midShift; f.midOver[home>>6]>>(home&63)&1 != 0 {
				over++
			}
			gf, gi := f.homeMid(key, key2, len(w))
			wf, wi := f.lookupMid(key, key2, len(w))
			if gf != wf || gi != wi {
				t.Errorf("%s: homeMid(%q) = %#x, %#x; lookupMid: %#x, %#x", lang, w, gf, gi, wf, wi)
			}
			if wi != 0 {
				keys++
			}
		}
		if over < 50 || keys < 100 {
			t.Errorf("%s: %d words with keys past their home slot, %d keys: the test tests little", lang, over, keys)
		}
		if f.mid[f.midBlank].meta != 0 {
			t.Errorf("%s: blank slot %d holds a key", lang, f.midBlank)
		}
	}
}

// TestHomeShort checks homeShort, the lookup without branches that
// plainWords makes too, against lookupShort, the plain probe: for every
// short key and for words of up to eight bytes that are none, among them
// words whose home slot has keys further on, which homeShort leaves to
// lookupShort.
func TestHomeShort(t *testing.T) {
	x := New(Options{})
	r := rand.New(rand.NewPCG(3, 4))
	for _, lang := range []string{"en", "id"} {
		f := x.flags[lang]
		var words []string
		for k := range f.allKeys() {
			if len(k) <= 8 {
				words = append(words, k, k[:len(k)-1], "x"+k[:min(len(k), 7)], k[1:]+"q")
			}
		}
		for range 20000 {
			b := make([]byte, 1+r.IntN(8))
			for i := range b {
				b[i] = "abcdeghiklmnoprstuy-'.0"[r.IntN(23)]
			}
			words = append(words, string(b))
		}
		over := 0
		for _, w := range words {
			if w == "" || len(w) > 8 {
				continue
			}
			key := pack8(w)
			if home := shortHash(key, len(w)) >> f.shortShift; f.shortOver[home>>6]>>(home&63)&1 != 0 {
				over++
			}
			gf, gi := f.homeShort(key, len(w))
			wf, wi := f.lookupShort(key, len(w))
			if gf != wf || gi != wi {
				t.Errorf("%s: homeShort(%q) = %#x, %#x; lookupShort: %#x, %#x", lang, w, gf, gi, wf, wi)
			}
		}
		if over < 100 {
			t.Errorf("%s: only %d words with keys past their home slot: the test tests little", lang, over)
		}
		if f.short[f.blank].meta != 0 {
			t.Errorf("%s: blank slot %d holds a key", lang, f.blank)
		}
	}
}

// allKeys returns the keys of both tables with their flags and infos.
func (f *wordFlags) allKeys() map[string][2]uint32 {
	keys := map[string][2]uint32{}
	for _, s := range f.short {
		if s.meta == 0 {
			continue
		}
		n := int(s.meta >> shortLenShift)
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(s.key >> (8 * i))
		}
		keys[string(b)] = [2]uint32{s.meta &^ (0xF << shortLenShift), s.info}
	}
	for _, s := range f.mid {
		if s.meta == 0 {
			continue
		}
		n := 8 + int(s.meta>>shortLenShift)
		b := make([]byte, n)
		for i := range b {
			if i < 8 {
				b[i] = byte(s.key >> (8 * i))
			} else {
				b[i] = byte(s.key2 >> (8 * (i - 8)))
			}
		}
		keys[string(b)] = [2]uint32{s.meta &^ (0xF << shortLenShift), s.info}
	}
	for i, s := range f.slots {
		if f.ctrl[i] != 0 {
			keys[f.keys[s.off:s.off+s.n]] = [2]uint32{s.flags, s.info}
		}
	}
	return keys
}

// TestNameInitials checks nameInitials against the tokens it stands for:
// their initials and their count, for every name in ASCII.
func TestNameInitials(t *testing.T) {
	var lw lowerer
	lw.reset(0)
	names := append(namesOf(t), "", " ", "'", ".,'", "A", "a", "Dr. J. Smith", "O'Neil  van\tDer\nBerg", "'Ali' bin Abu,", "x.y", "ZZ top", "_under", "@home",
		"Nguyễn Văn A", "ÉMILE Zola")
	for _, name := range names {
		mask, n := nameInitials(name)
		if !isASCII(name) {
			if n != -1 {
				t.Errorf("nameInitials(%q) = %d tokens, want -1", name, n)
			}
			continue
		}
		tk := nameTokens{lw: &lw}
		toks := tk.split(name, "")
		if mask != initialsOf(toks) || n != len(toks) {
			t.Errorf("nameInitials(%q) = %#x, %d; tokens %q give %#x, %d", name, mask, n, toks, initialsOf(toks), len(toks))
		}
	}
}

// TestNameTokens checks the name tokens against strings.Fields and
// strings.Trim, which they stand for.
func TestNameTokens(t *testing.T) {
	for _, s := range []string{"", " ", "Hun Sen", "  Dr. Budi  Gunadi,  Sadikin ", "O'Brien's .,' x", "Al-Harbi\tbin\nSultan\v\fX\rY", "Castañeda Ülkü", "İstanbul Ǆ", "a\u00a0b c\u2003d", "...", "'Ali'"} {
		var want []string
		for _, f := range strings.Fields(strings.ToLower(s)) {
			if f = strings.Trim(f, ".,'"); f != "" {
				want = append(want, f)
			}
		}
		var tk nameTokens
		got := tk.split(s, "")
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("split(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestReleaseClears checks that a released result leaves its pooled
// arrays holding nothing of its document, up to their capacity, when a
// small document follows a large one in the same buffers.
func TestReleaseClears(t *testing.T) {
	x := New(Options{})
	texts := wordTexts(t)
	slices.SortFunc(texts, func(a, b string) int { return len(b) - len(a) })
	var b *buffers
	for _, s := range []string{texts[0], texts[len(texts)/2], texts[len(texts)-1]} {
		d := &doc.Document{Text: s, Language: "en"}
		text.Segment(d)
		r := x.Extract(d)
		if b != nil && r.buf != b {
			t.Skip("the pool gave other buffers")
		}
		b = r.buf
		r.Release()
		for i, w := range b.words[:cap(b.words)] {
			if w != (lexicon.Word{}) {
				t.Fatalf("word %d left: %+v", i, w)
			}
		}
		for i := range b.mentions[:cap(b.mentions)] {
			if m := &b.mentions[:cap(b.mentions)][i]; m.name != "" || m.Country != "" || m.toks != nil || m.Prep != "" || m.title != "" {
				t.Fatalf("mention %d left", i)
			}
		}
		for i, s := range b.sents[:cap(b.sents)] {
			if s.Words != nil || s.Mentions != nil || s.Quoted != nil {
				t.Fatalf("sentence %d left", i)
			}
		}
		for i, s := range b.toks[:cap(b.toks)] {
			if s != "" {
				t.Fatalf("token %d left: %q", i, s)
			}
		}
		// (resolve takes the builds as they are: see newActor.)
		for i := range b.builds[:cap(b.builds)] {
			if bd := &b.builds[:cap(b.builds)][i]; !bd.isReset() {
				t.Fatalf("build %d left: %+v", i, *bd)
			}
		}
	}
}

// isReset reports whether b is as reset leaves it.
func (b *build) isReset() bool {
	ms, as, cs, notC := b.a.Mentions, b.a.Aliases, b.counter, b.notC
	for _, a := range as[:cap(as)] {
		if a != "" {
			return false
		}
	}
	e := *b
	e.a.Mentions, e.a.Aliases, e.counter, e.notC = nil, nil, nil, nil
	return len(ms) == 0 && len(as) == 0 && len(cs) == 0 && len(notC) == 0 && e.isZero()
}

// isZero reports whether b is the zero build.
func (b *build) isZero() bool {
	var z build
	return b.a.ID == z.a.ID && b.a.Kind == z.a.Kind && b.a.Name == z.a.Name && b.a.Country == z.a.Country &&
		b.a.Sector == z.a.Sector && b.a.Title == z.a.Title && b.a.Org == z.a.Org && b.a.Aliases == nil &&
		b.a.Mentions == nil && b.a.RegistryID == z.a.RegistryID && b.toks == nil && b.initials == z.initials &&
		b.role == z.role && b.counter == nil && b.notC == nil && b.firstSeen == z.firstSeen && b.guessed == z.guessed &&
		b.aliasKeys == z.aliasKeys && b.aliasKeysN == z.aliasKeysN && b.ministryFor == z.ministryFor &&
		b.ministry == z.ministry && b.ministrySet == z.ministrySet
}

// TestBuildFields checks isZero knows every field of a build and of its
// actor: a field it does not compare would let a build reach a document
// with another's value (see newActor).
func TestBuildFields(t *testing.T) {
	want := []string{"a", "toks", "initials", "role", "counter", "notC", "firstSeen", "guessed", "aliasKeys", "aliasKeysN", "ministryFor", "ministry", "ministrySet"}
	bt := reflect.TypeFor[build]()
	var got []string
	for i := range bt.NumField() {
		got = append(got, bt.Field(i).Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("build fields %q, want %q: update isZero", got, want)
	}
	wantA := []string{"ID", "Kind", "Name", "Country", "Sector", "Title", "Org", "Aliases", "Mentions", "RegistryID"}
	at := reflect.TypeFor[doc.Actor]()
	got = got[:0]
	for i := range at.NumField() {
		got = append(got, at.Field(i).Name)
	}
	if !slices.Equal(got, wantA) {
		t.Errorf("doc.Actor fields %q, want %q: update isZero", got, wantA)
	}
}

// fieldTokens returns a document of text s as one sentence whose tokens
// are its fields: words where they hold a letter or digit, else
// punctuation.
func fieldTokens(s, lang string) *doc.Document {
	d := &doc.Document{Text: s, Language: lang}
	var toks []doc.Token
	for i := 0; i < len(s); {
		if s[i] == ' ' || s[i] == '\n' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\n' {
			j++
		}
		k := doc.Punct
		if strings.ContainsFunc(s[i:j], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			k = doc.Word
		}
		toks = append(toks, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: k})
		i = j
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(s)}, Tokens: toks}}
	return d
}

// TestSharedWords checks sharedWords against its first form: a set of
// the second title's words.
func TestSharedWords(t *testing.T) {
	titles := []string{"", "Menteri", "Menteri Agama", "Menteri Agama (Menag) RI", "menteri agama menag", "Foreign Minister", "the Foreign Minister of Japan", "(Menag) Menteri", "Minister minister MINISTER", "Wakil Menteri Luar Negeri"}
	for _, a := range titles {
		for _, b := range titles {
			bw := map[string]bool{}
			for _, w := range strings.Fields(strings.ToLower(b)) {
				bw[strings.Trim(w, "(),")] = true
			}
			want := 0
			for i, w := range strings.Fields(strings.ToLower(a)) {
				if i > 0 && bw[strings.Trim(w, "(),")] {
					want++
				}
			}
			if got := sharedWords(a, b); got != want {
				t.Errorf("sharedWords(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

// TestWordFields checks lexicon.Word has the fields plainWords and plainWord write one
// by one: a new field would be left as an earlier word had it.
func TestWordFields(t *testing.T) {
	var names []string
	for f := range reflect.TypeFor[lexicon.Word]().Fields() {
		names = append(names, f.Name)
	}
	if got, want := strings.Join(names, " "), "Text Lower Span Cap Kind Flags"; got != want {
		t.Errorf("lexicon.Word fields %q, want %q: update plainWords", got, want)
	}
}

// TestContainsWord checks containsWord, which searches from w's rarest
// letter, against the search for w from its start.
func TestContainsWord(t *testing.T) {
	texts := append(wordTexts(t), "", "a", "ab", "-x-", "x", "zz zz", "Nazi nazi", "qa qaq aq")
	for _, s := range texts {
		d := &doc.Document{Text: s}
		text.Segment(d)
		var ws []string
		for _, sn := range d.Sentences {
			for _, w := range lexicon.Words(s, sn) {
				ws = append(ws, w.Lower, w.Text, w.Lower+"s", "x"+w.Lower)
				if len(w.Lower) > 1 {
					ws = append(ws, w.Lower[1:], w.Lower[:len(w.Lower)-1])
				}
			}
		}
		ws = append(ws, "a", "z", "q", "-", "é") // (not "": both panic on some texts, as containsWord always did)
		for _, w := range ws {
			if got, want := containsWord(s, w), containsWordAt(s, w, 0); got != want {
				t.Fatalf("containsWord(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestVocabulary checks the remembered answers of vocabulary.has against
// containsWord, for documents that ask about more words than its list
// holds, each more than once, and that reset forgets a document's.
func TestVocabulary(t *testing.T) {
	var v vocabulary
	mapped := 0
	for _, s := range wordTexts(t) {
		d := &doc.Document{Text: s}
		text.Segment(d)
		var ws []string
		for _, sn := range d.Sentences {
			for _, w := range lexicon.Words(s, sn) {
				ws = append(ws, w.Lower, "x"+w.Lower)
			}
		}
		v.text = s
		for round := range 2 {
			for _, w := range ws {
				if got, want := v.has(w), containsWord(s, w); got != want {
					t.Fatalf("round %d: has(%q) = %v, want %v", round, w, got, want)
				}
			}
		}
		if len(ws) > 2*maxSeen && (len(v.seen) != maxSeen || len(v.more) == 0) {
			t.Errorf("%d words asked: %d in the list, %d in the map", len(ws), len(v.seen), len(v.more))
		}
		if len(v.more) > 0 {
			mapped++
		}
		v.reset()
		if v.text != "" || len(v.seen) != 0 || len(v.more) != 0 {
			t.Fatalf("reset left %+v", v)
		}
		for _, sw := range v.seen[:cap(v.seen)] {
			if sw.w != "" {
				t.Fatalf("reset left %q in the list's array", sw.w)
			}
		}
	}
	if mapped == 0 {
		t.Error("no text asked about more words than the list holds: the test tests little")
	}
}

// TestMainPair checks mainPair against a sort of the parties.
func TestMainPair(t *testing.T) {
	isos := []string{"KHM", "JPN", "IDN", "USA", "CHN"}
	for seed := range 2000 {
		var tl countryTally
		for i, iso := range isos {
			if (seed>>i)&1 == 1 {
				tl = append(tl, countryCount{iso: iso, all: 1 + seed%3, parties: (seed / (i + 3)) % 4})
			}
		}
		var l []countryCount
		for _, c := range tl {
			if c.parties > 0 {
				l = append(l, c)
			}
		}
		slices.SortFunc(l, func(a, b countryCount) int {
			if a.parties != b.parties {
				return b.parties - a.parties
			}
			return strings.Compare(a.iso, b.iso)
		})
		var want [2]string
		for i := 0; i < len(l) && i < 2; i++ {
			want[i] = l[i].iso
		}
		if got := mainPair(tl); got != want {
			t.Fatalf("mainPair(%v) = %v, want %v", tl, got, want)
		}
	}
}

// TestFoldHelpers checks equalFold and jointBody's ASCII path against the
// standard library forms they stand for.
func TestFoldHelpers(t *testing.T) {
	ss := []string{"", "a", "A", "NCCT", "ncct", "Ncct", "K", "\u212a", "k", "ſpa", "SPA", "Joint Commission", "KOMISI BERSAMA", "Bilateral", "jOiNt", "join", "Jo", "İ", "i", "ASEAN", "asean", "ASEAN ", "éa", "ÉA"}
	for _, a := range ss {
		for _, b := range ss {
			if got, want := equalFold(a, b), strings.EqualFold(a, b); got != want {
				t.Errorf("equalFold(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
		l := strings.ToLower(a)
		for _, pat := range []string{"", "a", "joint", "asean", "k", "spa", "é", "i"} {
			if got, want := containsLower(a, pat), strings.Contains(l, pat); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", a, pat, got, want)
			}
		}
		if got, want := jointBody(a), strings.Contains(l, "joint") || strings.Contains(l, "bersama") || strings.Contains(l, "bilateral"); got != want {
			t.Errorf("jointBody(%q) = %v, want %v", a, got, want)
		}
	}
}

// namesOf returns the distinct names, aliases and titles of the actors of
// the word tests' texts, with a few written to test case and non-ASCII
// letters: the strings resolve compares.
func namesOf(t *testing.T) []string {
	x := New(Options{})
	seen := map[string]bool{}
	names := []string{"", "the ministry", "The Ministry", "Foreign Ministry", "the FOREIGN MINISTRY", "MİNİSTRY OF FOREIGN AFFAIRS", "Dışişleri Ministry",
		"ministry of foreign affairs", "Ministry of Foreign Affairs of Japan", "justice ministry", "Ministry of Justice", "Ministry", "Menteri Luar Negeri RI", "MENTERI luar negeri",
		"Kementerian Luar Negeri Türkiye", "KEMENTERIAN LUAR NEGERİ", "delegation", "Delegation", "DELEGATİON", "Ülkü Delegation"}
	for _, s := range wordTexts(t) {
		for _, lang := range []string{"en", "id"} {
			d := &doc.Document{Text: s, Language: lang}
			text.Segment(d)
			x.Extract(d)
			for _, a := range d.Actors {
				names = append(names, a.Name, a.Title)
				names = append(names, a.Aliases...)
			}
		}
	}
	var out []string
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	if len(out) < 50 {
		t.Fatalf("only %d names", len(out))
	}
	return out
}

// TestSameOffice checks sameOffice, which makes no lower-cased copies of
// ASCII titles, against its first form, on the names and titles of the
// fixture articles' actors and some titles made to trip it.
func TestSameOffice(t *testing.T) {
	officeWordsOld := func(t string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
			switch w {
			case "minister", "ministers", "deputy", "vice", "senior", "chief", "secretary", "of", "the", "and", "for", "affairs", "state", "republic", "menteri", "wakil":
				continue
			case "external", "luar":
				w = "foreign"
			case "defense", "pertahanan":
				w = "defence"
			case "home", "dalam":
				w = "interior"
			}
			out = append(out, w)
		}
		return out
	}
	sameOfficeOld := func(a, b string) bool {
		wa, wb := officeWordsOld(a), officeWordsOld(b)
		if len(wa) == 0 || len(wb) == 0 {
			fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
			return len(fa) > 0 && len(fb) > 0 && fa[len(fa)-1] == fb[len(fb)-1]
		}
		for _, x := range wa {
			for _, y := range wb {
				if x == y {
					return true
				}
			}
		}
		return false
	}
	titles := append(namesOf(t), "Minister", "the minister", "MINISTER", "Foreign Minister", "External Affairs Minister", "Minister of Foreign Affairs, International Trade and Worship",
		"Menteri Luar Negeri", "menteri LUAR negeri", "Defense Minister", "Minister of Defence", "Menteri Pertahanan", "Home Minister", "Menteri Dalam Negeri", "Interior Minister",
		"Chief Cabinet Secretary", "Deputy Prime Minister", "Minister/Secretary of State", ",,/ /", " ", "Minister  of\tTrade", "Trade,Industry/Investment Minister",
		"Ministre des Affaires étrangères", "Menteri Luar Negeri İtalia", "ſecretary", "Secretary", "ſtate Minister", "Minister of ſtate", "Ministerofforeignaffairsandtrade Minister",
		"A B C D E F G H I J K L", "a b c d e f g h i j k l", "Minister of Trade, Industry, Energy, Mines, Tourism, Culture, Sport, Youth and Foreign Affairs", "\xff Minister", "Minister \xffoo")
	shared := 0
	for _, a := range titles {
		for _, b := range titles {
			want := sameOfficeOld(a, b)
			if want {
				shared++
			}
			if got := sameOffice(a, b); got != want {
				t.Errorf("sameOffice(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
	// Random titles of the words that matter, in any case.
	words := []string{"Minister", "minister", "MINISTERS", "Foreign", "external", "LUAR", "Defense", "defence", "Pertahanan", "home", "Dalam", "interior", "Trade", "of", "the", "Affairs", "Menteri", "Wakil", "Ünal", "ſtate", ",", "/", " "}
	r := rand.New(rand.NewPCG(1, 2))
	title := func() string {
		var sb strings.Builder
		for range r.IntN(6) {
			sb.WriteString(words[r.IntN(len(words))])
			sb.WriteString([]string{" ", ",", "/", " , ", ""}[r.IntN(5)])
		}
		return sb.String()
	}
	for range 20000 {
		a, b := title(), title()
		if got, want := sameOffice(a, b), sameOfficeOld(a, b); got != want {
			t.Errorf("sameOffice(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
	if shared == 0 {
		t.Error("no two titles of one office: the test tests nothing")
	}
}

// TestNameComparisons checks the comparisons resolve makes of names
// without lower-cased copies against their first forms, on the names of
// the fixture articles' actors.
func TestNameComparisons(t *testing.T) {
	sameMinistryOld := func(a, b string) bool {
		a, b = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(a, "the "), "The ")), strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(b, "the "), "The "))
		short, long := a, b
		if !strings.HasSuffix(short, " ministry") {
			short, long = b, a
		}
		portfolio, ok := strings.CutSuffix(short, " ministry")
		if !ok {
			return false
		}
		if i := strings.LastIndexByte(portfolio, ' '); i >= 0 {
			portfolio = portfolio[i+1:]
		}
		if portfolio == "foreign" {
			portfolio = "foreign affairs"
		}
		rest, ok := strings.CutPrefix(long, "ministry of ")
		return ok && (rest == portfolio || strings.HasPrefix(rest, portfolio+" "))
	}
	sharedWordsOld := func(a, b string) int {
		bw := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(b)) {
			bw[strings.Trim(w, "(),")] = true
		}
		n := 0
		for i, w := range strings.Fields(strings.ToLower(a)) {
			if i > 0 && bw[strings.Trim(w, "(),")] {
				n++
			}
		}
		return n
	}
	names := namesOf(t)
	ministries := 0
	for _, a := range names {
		for _, b := range names {
			want := sameMinistryOld(a, b)
			if want {
				ministries++
			}
			if got := sameMinistry(a, b); got != want {
				t.Errorf("sameMinistry(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := sameHead(a, b), headWord(a) == headWord(b); got != want {
				t.Errorf("sameHead(%q, %q) = %v, want %v", a, b, got, want)
			}
			if got, want := sharedWords(a, b), sharedWordsOld(a, b); got != want {
				t.Errorf("sharedWords(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
	// Random names of the words that matter, in any case.
	words := []string{"the", "The", "THE", "ministry", "Ministry", "MINISTRY", "of", "OF", "foreign", "Foreign", "affairs", "Affairs", "justice", "JUSTICE", "Korea's", "Ülkü", "ſtate", "mİnistry", "Of"}
	r := rand.New(rand.NewPCG(3, 4))
	pick := func(ws ...string) string { return ws[r.IntN(len(ws))] }
	name := func() string {
		// Half are shaped as ministries are named.
		switch r.IntN(4) {
		case 0:
			return pick("", "the ", "The ", "THE ") + pick("", "Korea's ", "ÜLKÜ ") + pick("foreign", "Foreign", "justice", "JUSTICE", "ſtate") + pick(" ministry", " Ministry", " MINISTRY", " mİnistry", "ministry")
		case 1:
			return pick("", "the ", "The ") + pick("ministry of ", "Ministry of ", "MINISTRY OF ", "Ministry Of ", "ministry  of ") + pick("foreign", "Foreign affairs", "FOREIGN AFFAIRS", "justice", "Justice of Korea", "ſtate", "foreignaffairs") + pick("", " ", " of Japan")
		}
		var sb strings.Builder
		for k := range r.IntN(6) {
			if k > 0 {
				sb.WriteString([]string{" ", " ", "  ", ""}[r.IntN(4)])
			}
			sb.WriteString(words[r.IntN(len(words))])
		}
		return sb.String()
	}
	for range 50000 {
		a, b := name(), name()
		want := sameMinistryOld(a, b)
		if want {
			ministries++
		}
		if got := sameMinistry(a, b); got != want {
			t.Errorf("sameMinistry(%q, %q) = %v, want %v", a, b, got, want)
		}
	}
	if ministries == 0 {
		t.Error("no two names of one ministry: the test tests little")
	}
	t.Logf("%d names, %d pairs of one ministry", len(names), ministries)
}

// TestWireService checks wireService, which lower-cases ASCII names in
// an array, against its first form.
func TestWireService(t *testing.T) {
	old := func(outlet string) bool {
		switch strings.ToLower(strings.TrimSpace(outlet)) {
		case "xinhua", "reuters", "afp", "ap", "bernama", "kyodo", "yonhap", "anadolu", "vna", "kpl", "akp", "pna", "tass", "sputnik", "ria novosti", "efe", "dpa", "ansa", "wafa", "irna", "apa", "kuna", "wam", "spa", "qna", "mena", "trt":
			return true
		}
		return false
	}
	outlets := []string{"", " ", "Xinhua", " XINHUA ", "xinhua\n", "Reuters", "AFP", "Ap", "RIA Novosti", "ria  novosti", "Ria Novosti ", "Antara", "Kompas.com", "The Guardian",
		"ANADOLU", "Anadolu Agency", "TRT", "trt world", "\u00a0Xinhua\u00a0", "XİNHUA", "Xinhuaxinhuaxinhua", "reuters reuters reuters", "\xffafp", "ＡＦＰ", "Kyodo"}
	for _, o := range outlets {
		if got, want := wireService(o), old(o); got != want {
			t.Errorf("wireService(%q) = %v, want %v", o, got, want)
		}
	}
	for _, s := range wordTexts(t) {
		for w := range strings.FieldsSeq(s) {
			if got, want := wireService(w), old(w); got != want {
				t.Errorf("wireService(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestIsASCII checks isASCII, which reads eight bytes at a time, against
// a byte loop, with a byte over 0x7f at every place in strings of every
// length up to 20.
func TestIsASCII(t *testing.T) {
	for c := range 256 {
		want := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		if asciiSpace(byte(c)) != want {
			t.Errorf("asciiSpace(%#x) = %v", c, !want)
		}
	}
	for n := 0; n <= 20; n++ {
		s := []byte(strings.Repeat("aZ9 -", 4)[:n])
		if !isASCII(string(s)) {
			t.Errorf("isASCII(%q) = false", s)
		}
		for i := range s {
			for _, c := range []byte{0x80, 0xc3, 0xff} {
				b := slices.Clone(s)
				b[i] = c
				if isASCII(string(b)) {
					t.Errorf("isASCII(%q) = true", b)
				}
			}
		}
	}
}

// TestIndonesianVerbShape checks indonesianVerbShape, which rules most
// words out by their first and last bytes and length, against its first
// form on every word of the word tests' texts.
func TestIndonesianVerbShape(t *testing.T) {
	old := func(l string) bool {
		for _, p := range []string{"di", "me", "ber", "ter", "mem", "men", "meng", "peng", "pen", "pem", "ke"} {
			if strings.HasPrefix(l, p) {
				for _, s := range []string{"kan", "nya", "an", "i"} {
					if strings.HasSuffix(l, s) && len(l) > len(p)+len(s)+2 {
						return true
					}
				}
			}
		}
		return false
	}
	verbs := 0
	words := []string{"", "di", "dikan", "dibuat", "dikann", "menyatakan", "kei", "keiii", "keiiii", "pemain", "terima", "bersama"}
	for _, s := range wordTexts(t) {
		words = append(words, strings.Fields(strings.ToLower(s))...)
	}
	for _, w := range words {
		want := old(w)
		if want {
			verbs++
		}
		if got := indonesianVerbShape(w); got != want {
			t.Errorf("indonesianVerbShape(%q) = %v, want %v", w, got, want)
		}
	}
	if verbs < 20 {
		t.Errorf("only %d verbs: the test tests little", verbs)
	}
}

// TestBodyBefore checks bodyBefore, which reads an actor's own mentions,
// against the walk over every mention of the document it replaced, for
// every actor of the fixture articles.
func TestBodyBefore(t *testing.T) {
	walk := func(res *Result, k int) string {
		for si := range res.Sentences {
			ms := res.Sentences[si].Mentions
			for mi := 1; mi < len(ms); mi++ {
				m, p := &ms[mi], &ms[mi-1]
				if m.Actor == k && p.W1 == m.W0 && p.Kind == MInst && p.Country != "" && p.Country != "IGO" {
					return p.Country
				}
			}
		}
		return ""
	}
	x := New(Options{})
	found := 0
	for _, s := range wordTexts(t) {
		for _, lang := range []string{"en", "id"} {
			d := &doc.Document{Text: s, Language: lang}
			text.Segment(d)
			r := x.Extract(d)
			for k := range d.Actors {
				var own []ref
				for si := range r.Sentences {
					for mi, m := range r.Sentences[si].Mentions {
						if m.Actor == k {
							own = append(own, ref{si, mi})
						}
					}
				}
				got, want := bodyBefore(r, own), walk(r, k)
				if got != want {
					t.Errorf("%s %q...: actor %d: bodyBefore = %q, want %q", lang, s[:min(len(s), 40)], k, got, want)
				}
				if got != "" {
					found++
				}
			}
			r.Release()
		}
	}
	if found == 0 {
		t.Error("no actor with a body before it: the test tests nothing")
	}
}

// TestInMention checks inMention against the array of words in mentions
// it replaced.
func TestInMention(t *testing.T) {
	for _, tc := range [][][2]int{
		{},
		{{0, 1}},
		{{0, 3}, {4, 5}},
		{{1, 2}, {2, 4}, {6, 9}},
		{{2, 5}, {3, 4}}, // nested, as an appositive may leave them
		{{5, 7}, {0, 2}}, // out of order
		{{3, 3}},         // empty
	} {
		const n = 10
		var ms []Mention
		used := make([]bool, n)
		for _, r := range tc {
			ms = append(ms, Mention{W0: r[0], W1: r[1]})
			for w := r[0]; w < r[1]; w++ {
				used[w] = true
			}
		}
		for wi := range n {
			if got := inMention(ms, wi); got != used[wi] {
				t.Errorf("%v: inMention(%d) = %v, want %v", tc, wi, got, used[wi])
			}
		}
	}
}

// TestFoldKeys checks the filters resolve puts before its comparisons:
// strings equalFold calls equal share a foldKey bit, and sameMinistry is
// true only where mayBeMinistry is for one of the names. The strings are
// the fixture articles' actor names and aliases, and some tricky ones.
func TestFoldKeys(t *testing.T) {
	strs := []string{"", "K", "k", "\u212aim", "Kim", "ſam", "Sam", "SAM", "ASEAN", "asean", "Ünal", "ünal", "the foreign ministry", "Ministry of Foreign Affairs",
		"Kementerian Luar Negeri", "the justice ministry", "Ministry of Justice", "Justice Ministry", "the Défense ministry", "Ministry of Défense", "1MDB", "-", "ÀB", "àb"}
	x := New(Options{})
	for _, s := range wordTexts(t) {
		d := &doc.Document{Text: s, Language: "en"}
		text.Segment(d)
		x.Extract(d).Release()
		for _, a := range d.Actors {
			strs = append(strs, a.Name)
			strs = append(strs, a.Aliases...)
		}
	}
	if len(strs) < 100 {
		t.Fatalf("only %d names", len(strs))
	}
	for _, a := range strs {
		var b build
		b.a.Aliases = []string{a, "Zz"}
		for _, c := range strs {
			if equalFold(a, c) && foldKey(a)&foldKey(c) == 0 {
				t.Errorf("equalFold(%q, %q) but their foldKeys share no bit", a, c)
			}
			if hasAlias(&b.a, c) && b.aliasMask()&foldKey(c) == 0 {
				t.Errorf("hasAlias(%q) for aliases %q but the mask rules it out", c, b.a.Aliases)
			}
			if sameMinistry(a, c) && !mayBeMinistry(a) && !mayBeMinistry(c) {
				t.Errorf("sameMinistry(%q, %q) but neither mayBeMinistry", a, c)
			}
		}
	}
}

// TestQuoted checks quoted, which works without branches, against the
// loop it replaced, on the words of the fixture articles.
func TestQuoted(t *testing.T) {
	ref := func(ws []lexicon.Word, in bool) ([]bool, bool, bool, bool) {
		q := make([]bool, len(ws))
		words, caps, capitals := 0, 0, false
		for i, w := range ws {
			if w.Flags&fAllCaps != 0 {
				capitals = true
			}
			if w.Kind == doc.Word {
				words++
				if w.Cap {
					caps++
				}
			}
			if w.Flags&fQuote != 0 {
				in = !in
				q[i] = false
				continue
			}
			q[i] = in
		}
		return q, in, titleCase(words, caps), capitals
	}
	x := New(Options{})
	quotes := 0
	for _, s := range wordTexts(t) {
		d := &doc.Document{Text: s, Language: "en"}
		text.Segment(d)
		r := x.Extract(d)
		for si, sent := range r.Sentences {
			for _, in := range []bool{false, true} {
				want, wantIn, wantTitle, wantCaps := ref(sent.Words, in)
				// (A sentence of a new paragraph starts outside quotes.)
				got, gotIn, gotTitle, gotCaps := quoted(make([]bool, len(sent.Words)), sent.Words, in, &doc.Document{Sentences: []doc.Sentence{d.Sentences[si], d.Sentences[si]}}, 1)
				if !slices.Equal(got, want) || gotIn != wantIn || gotTitle != wantTitle || gotCaps != wantCaps {
					t.Errorf("%q: quoted = %v %v %v %v, want %v %v %v %v", sent.Words[0].Text, got, gotIn, gotTitle, gotCaps, want, wantIn, wantTitle, wantCaps)
				}
				for _, q := range want {
					if q {
						quotes++
					}
				}
			}
		}
		r.Release()
	}
	if quotes == 0 {
		t.Error("no quoted word: the test tests nothing")
	}
}

// TestMergeByStart checks mergeByStart against the stable sort it
// replaces, on mentions in order and out of it, with ties.
func TestMergeByStart(t *testing.T) {
	ref := func(ms, extra []Mention) []Mention {
		all := append(slices.Clone(ms), extra...)
		slices.SortStableFunc(all, func(p, q Mention) int { return cmp.Compare(p.Start, q.Start) })
		return all
	}
	// mk makes mentions starting at the given offsets, told apart by W0.
	mk := func(id int, starts ...int) []Mention {
		ms := make([]Mention, len(starts))
		for i, s := range starts {
			ms[i] = Mention{Span: doc.Span{Start: s, End: s + 1}, W0: id*100 + i}
		}
		return ms
	}
	for _, tt := range []struct {
		name      string
		ms, extra []Mention
	}{
		{"empty ms", nil, mk(2, 1, 5)},
		{"empty extra", mk(1, 1, 5), nil},
		{"interleaved", mk(1, 0, 4, 9), mk(2, 2, 6, 12)},
		{"ties", mk(1, 3, 3, 7), mk(2, 3, 7)},
		{"extra first", mk(1, 10, 20), mk(2, 1, 2)},
		// regressions: out of order, merge must not be used
		{"ms unsorted", mk(1, 9, 4, 4), mk(2, 4, 6)},
		{"extra unsorted", mk(1, 2, 8), mk(2, 7, 1)},
	} {
		want := ref(tt.ms, tt.extra)
		got := mergeByStart(make([]Mention, len(tt.ms)+len(tt.extra)), tt.ms, tt.extra)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, want)
		}
	}
	// Random cases.
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 500 {
		ms, extra := mk(1), mk(2)
		for range r.IntN(8) {
			ms = append(ms, mk(1, r.IntN(10))...)
		}
		for range r.IntN(5) {
			extra = append(extra, mk(2, r.IntN(10))...)
		}
		for i := range ms {
			ms[i].W0 = 100 + i
		}
		for i := range extra {
			extra[i].W0 = 200 + i
		}
		if n%2 == 0 {
			slices.SortStableFunc(ms, func(p, q Mention) int { return cmp.Compare(p.Start, q.Start) })
			slices.SortStableFunc(extra, func(p, q Mention) int { return cmp.Compare(p.Start, q.Start) })
		}
		want := ref(ms, extra)
		got := mergeByStart(make([]Mention, len(ms)+len(extra)), ms, extra)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: got %v, want %v", n, got, want)
		}
	}
}

// TestTagMarks checks the marks tag returns against a scan of the tags it
// wrote, and that no phrase starts after the last head mark, which
// mentions relies on to try none there.
func TestTagMarks(t *testing.T) {
	x := New(Options{})
	for _, lang := range []string{"en", "id"} {
		f := x.flags[lang]
		for ti, s := range wordTexts(t) {
			d := &doc.Document{Text: s, Language: lang}
			text.Segment(d)
			var lw lowerer
			lw.reset(len(d.Text))
			vocab := &vocabulary{text: d.Text}
			refs := []tagRef{{}}
			for si := range d.Sentences {
				ws, infos := x.appendWords(nil, nil, d.Text, &lw, d.Sentences[si], f)
				tags := make([]tag, len(ws))
				got := x.tag(tags, &refs, ws, f, infos, lang)
				want := tagMarks{inst: -1, head: -1}
				for i, tg := range tags {
					if tg.inside {
						continue
					}
					switch tg.kind {
					case tInst, tGroup:
						want.inst = i + tg.n - 1
						want.head = i
					case tTitle, tCounterpart, tHon:
						want.head = i
					}
				}
				if got != want {
					t.Errorf("%s text %d sentence %d: marks %+v, want %+v", lang, ti, si, got, want)
				}
				p := &parser{x: x, src: d.Text, ws: ws, tags: tags, refs: refs, lang: lang, vocab: vocab}
				for i := got.head + 1; i < len(ws); i++ {
					var m Mention
					if j, ok := p.phrase(i, &m); ok {
						t.Errorf("%s text %d sentence %d: phrase at word %d (%q) after the last head %d, to %d", lang, ti, si, i, ws[i].Text, got.head, j)
					}
				}
			}
		}
	}
}
