package event

import (
	"slices"
	"testing"
)

func TestInflect(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"agree", []string{"agrees", "agreed", "agreeing"}},
		{"pledge support", []string{"pledges support", "pledged support", "pledging support"}},
		{"deny", []string{"denies", "denied", "denying"}},
		{"reach", []string{"reaches", "reached", "reaching"}},
		{"sign", []string{"signs", "signed", "signing"}},
	} {
		if got := inflect(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("inflect(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
