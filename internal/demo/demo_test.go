package demo

import (
	"errors"
	"strings"
	"testing"
)

func TestDocuments(t *testing.T) {
	docs, err := Documents()
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 12 {
		t.Fatalf("got %d sample articles, want >= 12", len(docs))
	}
	langs := map[string]int{}
	ids := map[string]bool{}
	for _, d := range docs {
		if ids[d.ID] {
			t.Errorf("duplicate id %q", d.ID)
		}
		ids[d.ID] = true
		if d.Title == "" || d.Outlet == "" || d.Published == "" {
			t.Errorf("%s: title %q, outlet %q, published %q: want all set", d.Origin, d.Title, d.Outlet, d.Published)
		}
		if len(d.Raw) < 200 {
			t.Errorf("%s: body has %d bytes, want a whole article", d.Origin, len(d.Raw))
		}
		if strings.HasPrefix(d.Raw, "Title:") || strings.Contains(d.Raw, "\nPublished: ") {
			t.Errorf("%s: header left in the body", d.Origin)
		}
		if want := "demo/" + d.ID + ".txt"; d.Origin != want {
			t.Errorf("%s: origin got %q, want %q", d.ID, d.Origin, want)
		}
		langs[d.ID[:2]]++
	}
	if langs["en"] == 0 || langs["id"] == 0 {
		t.Errorf("languages by file prefix got %v, want both en and id", langs)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, input string
		want        string // Title|Published|Outlet|Raw, or "error: substring"
	}{
		{"full", "Title: T\nPublished: 2024-01-02\nOutlet: O\n\nBody text.\n", "T|2024-01-02|O|Body text."},
		{"crlf", "Title: T\r\nOutlet: O\r\n\r\nBody\r\n", "T||O|Body"},
		{"no header", "\nJust a body", "|||Just a body"},
		// regressions
		{"bad date", "Published: 2 Jan 2024\n\nBody", "error: x.txt:1: Published"},
		{"no blank line", "Title: T\nBody without blank", "error: x.txt:2:"},
		{"empty body", "Title: T\n\n  \n", "error: no article body"},
		{"unknown key", "Author: X\n\nBody", "error: x.txt:1: unknown header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x.txt", tt.input)
			if want, ok := strings.CutPrefix(tt.want, "error: "); ok {
				if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), want) {
					t.Fatalf("got error %v, want ErrFormat containing %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := d.Title + "|" + d.Published + "|" + d.Outlet + "|" + d.Raw
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if d.ID != "x" {
				t.Errorf("id got %q, want %q", d.ID, "x")
			}
		})
	}
}
