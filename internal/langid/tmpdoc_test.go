package langid
import ("os";"testing")
func BenchmarkIdentifyDoc(b *testing.B) {
	var docs []string; n := 0
	for _, l := range []string{"en","id"} { x, _ := os.ReadFile("../text/testdata/"+l+".txt"); docs = append(docs, string(x)); n += len(x) }
	b.SetBytes(int64(n))
	for b.Loop() { for _, d := range docs { Identify(d) } }
}
func TestDocLang(t *testing.T) {
	for _, l := range []string{"en","id"} { x, _ := os.ReadFile("../text/testdata/"+l+".txt"); if r := Identify(string(x)); r.Lang != l { t.Errorf("%s: %v", l, r) } else { t.Log(l, r) } }
}
