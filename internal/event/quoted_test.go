package event

import (
	"strings"
	"testing"
)

func TestQuoted(t *testing.T) {
	for _, c := range []struct {
		text string
		at   string
		want bool
	}{
		{`"After the Feb. 6 storms, we helped," he said on Monday.`, "Feb", true},
		{`"After the Feb. 6 storms, we helped," he said on Monday.`, "Monday", false},
		{`"We helped after the Feb. 6 storms, and we will help again.`, "Feb", true},
		{"“Since Feb. 6 we helped,” he said on Monday.", "Feb", true},
		{"“Since Feb. 6 we helped,” he said on Monday.", "Monday", false},
		{`He met her on Monday.`, "Monday", false},
	} {
		if got := quoted(c.text, strings.Index(c.text, c.at)); got != c.want {
			t.Errorf("quoted(%q at %q) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}
