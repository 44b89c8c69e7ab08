package when

import (
	"testing"
	"time"
)

func TestFindResolve(t *testing.T) {
	pub := time.Date(2022, 8, 5, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		name, in       string
		havePub        bool
		want, wantEnd  string
		wantBackground bool
		wantWarn       bool
	}{
		{"weekday day/month id", "pada Kamis (4/8) bertemu", true, "2022-08-04", "", false, false},
		{"weekday alone en", "met on Thursday in Phnom Penh", true, "2022-08-04", "", false, false},
		{"weekday alone same day", "on Friday", true, "2022-08-05", "", false, false},
		{"last weekday on that weekday is a week back", "said last Friday", true, "2022-07-29", "", false, false},
		{"weekday lalu on that weekday is a week back", "pada Jumat lalu", true, "2022-07-29", "", false, false},
		{"weekday last week", "met on Monday last week", true, "2022-07-25", "", false, false},
		{"weekday next week", "will meet on Monday next week", true, "2022-08-08", "", false, false},
		{"weekday no pub", "met on Thursday", false, "", "", false, false},
		{"month day en", "on August 2 the ministers", true, "2022-08-02", "", false, false},
		{"day month id with year", "pada 4 Agustus 2022.", true, "2022-08-04", "", false, false},
		{"malay weekday and month", "pada hari Khamis, 4 Ogos 2022.", true, "2022-08-04", "", false, false},
		{"two weekdays with their days", "kunjungan pada Senin (1/8) hingga Rabu (3/8).", true, "2022-08-01", "2022-08-03", false, false},
		{"numeric day/month/year", "ditandatangani pada 4/8/2022 di Jakarta", true, "2022-08-04", "", false, false},
		{"numeric month first when the day cannot be a month", "signed on 7/31/2022 in Manila", true, "2022-07-31", "", false, false},
		{"range id", "ke Jepang pada 21-24 Januari.", true, "2022-01-21", "2022-01-24", true, false},
		{"range en", "from 12 to 14 May", true, "2022-05-12", "2022-05-14", true, false},
		{"range en month first", "ran from July 14 to July 22 off", true, "2022-07-14", "2022-07-22", false, false},
		{"range en across months", "from July 30 through August 2, 2022", true, "2022-07-30", "2022-08-02", false, false},
		{"month day year", "on May 20, 2025, with", true, "2025-05-20", "", false, false},
		{"yesterday", "said yesterday", true, "2022-08-04", "", false, false},
		{"kemarin", "bertemu kemarin", true, "2022-08-04", "", false, false},
		{"this morning", "met this morning in Hanoi", true, "2022-08-05", "", false, false},
		{"pagi tadi", "bertemu pagi tadi di Hanoi", true, "2022-08-05", "", false, false},
		{"tadi siang", "bertemu tadi siang di Hanoi", true, "2022-08-05", "", false, false},
		{"iso", "on 2022-07-30", true, "2022-07-30", "", false, false},
		{"bare day/month", "Jakarta (12/7) -", true, "2022-07-12", "", false, false},
		{"year only", "in 2019 the two", true, "", "", true, false},
		{"last year", "four meetings last year", true, "", "", true, false},
		{"tahun lalu", "empat pertemuan tahun lalu", true, "", "", true, false},
		{"weekday mismatch", "Senin (4/8)", true, "2022-08-04", "", false, true},
		{"later this year", "on December 30", true, "2022-12-30", "", false, false},
		{"range with month number", "di Dili (24-26/2)", true, "2022-02-24", "2022-02-26", true, false},
		// regressions
		{"minggu lalu is not sunday", "pada minggu lalu", true, "", "", true, false},
		{"day before month dec", "3 September 2021", true, "2021-09-03", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := Find(tt.in, 0)
			if len(es) == 0 {
				if tt.want != "" || tt.wantBackground {
					t.Fatalf("Find(%q) found nothing", tt.in)
				}
				return
			}
			e := es[0]
			if tt.name == "weekday day/month id" && e.Text != "Kamis (4/8)" {
				t.Errorf("text = %q, want the closing parenthesis too", e.Text)
			}
			if e.Text != tt.in[e.Start:e.End] {
				t.Errorf("span %v does not cover %q", e.Span, e.Text)
			}
			r := e.Resolve(pub, tt.havePub, 0)
			if r.Date != tt.want || r.End != tt.wantEnd {
				t.Errorf("Resolve(%q) = %q..%q, want %q..%q", e.Text, r.Date, r.End, tt.want, tt.wantEnd)
			}
			if r.Background != tt.wantBackground {
				t.Errorf("Resolve(%q).Background = %v, want %v", e.Text, r.Background, tt.wantBackground)
			}
			if (r.Warning != "") != tt.wantWarn {
				t.Errorf("Resolve(%q).Warning = %q, want warning %v", e.Text, r.Warning, tt.wantWarn)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"pada Kamis (4/8)", "21-24 Januari 2023", "on Thursday", "(12/3)", "May 20, 2025", "99/99", "31 Februari"} {
		f.Add(s)
	}
	pub := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range Find(s, 0) {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End {
				t.Fatalf("span %v out of bounds for %q", e.Span, s)
			}
			r := e.Resolve(pub, true, 0)
			if r.Date != "" {
				if _, ok := ParseDay(r.Date); !ok {
					t.Fatalf("bad date %q", r.Date)
				}
			}
		}
	})
}

func TestDayCount(t *testing.T) {
	for w, want := range map[string]int{"three": 3, "Tiga": 3, "3": 3, "three-day": 3, "12-day": 12, "four-days": 4, "several": 0, "": 0} {
		if got := DayCount(w); got != want {
			t.Errorf("DayCount(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestFindAnaphoric checks the days counted from a day named before,
// which Resolve cannot pin and the coder counts from that day.
func TestFindAnaphoric(t *testing.T) {
	tests := []struct {
		in     string
		kind   Kind
		offset int
	}{
		{"Keesokan harinya, menteri bertemu", Anaphoric, 1},
		{"sehari sebelumnya, ia tiba di Dili", Anaphoric, -1},
		{"dua hari kemudian kedua pihak sepakat", Anaphoric, 2},
		{"The following day, the ministers signed", Anaphoric, 1},
		{"The day before, the minister met her Fijian counterpart", Anaphoric, -1},
		{"A day after the talks, they signed", Anaphoric, 1},
		{"the day before yesterday, they met", Relative, -2},
		{"a day earlier, he had arrived", Anaphoric, -1},
		{"three days earlier the talks began", Anaphoric, -3},
		{"two days ago the talks began", Relative, -2},
		{"dua hari lalu", Relative, -2},
	}
	for _, tt := range tests {
		es := Find(tt.in, 0)
		if len(es) != 1 || es[0].Kind != tt.kind || es[0].Offset != tt.offset {
			t.Errorf("Find(%q) = %+v, want one of kind %d offset %d", tt.in, es, tt.kind, tt.offset)
		}
	}
}
