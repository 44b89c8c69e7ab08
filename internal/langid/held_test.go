package langid
import ("os";"strings";"testing")
func TestHeldTitles(t *testing.T) {
	b, _ := os.ReadFile("/tmp/held/titles.txt")
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.SplitN(l, "\t", 2)
		if r := Identify(f[1]); r.Lang != f[0] { t.Logf("miss %s %+v %q", f[0], r, f[1]) }
	}
}
