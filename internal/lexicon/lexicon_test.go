package lexicon

import (
	"errors"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		opt     Options
		want    int
		wantErr bool
	}{
		{"simple", "a\nb\n", DefaultOptions(), 2, false},
		{"comments and blanks", "# c\n\na\n  # x\n", DefaultOptions(), 1, false},
		{"tsv", "a\tb\nc\td\n", Options{MinFields: 2, KeyFields: 1}, 2, false},
		{"too few fields", "a\n", Options{MinFields: 2}, 0, true},
		{"duplicate folded", "Abc\nabc\n", DefaultOptions(), 0, true},
		{"duplicate allowed", "Abc\nabc\n", Options{MinFields: 1}, 2, false},
		{"not NFC", "cafe\u0301\n", DefaultOptions(), 0, true},
		{"invalid utf8", "a\xff\n", DefaultOptions(), 0, true},
		// regressions
		{"crlf", "a\r\nb\r\n", DefaultOptions(), 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load(strings.NewReader(tt.in), "t.txt", tt.opt)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				if !errors.Is(err, ErrFormat) {
					t.Errorf("err = %v, want ErrFormat", err)
				}
				if !strings.Contains(err.Error(), "t.txt:") {
					t.Errorf("err %q does not name the file", err)
				}
				return
			}
			if len(got) != tt.want {
				t.Errorf("got %d entries, want %d", len(got), tt.want)
			}
		})
	}
}
