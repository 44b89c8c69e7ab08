// Package when finds date expressions in English and Indonesian news text
// and resolves them against a publication date: absolute dates ("21
// November 2023", "November 21"), ranges ("21-24 Januari"), the Indonesian
// weekday-with-day/month form ("Kamis (4/8)"), weekdays alone ("on
// Thursday"), relative days ("yesterday", "kemarin") and year- or
// month-only mentions that mark background.
package when

import (
	"embed"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/lexicon"
)

//go:embed data/calendar.tsv
var dataFS embed.FS

var (
	months   = map[string]int{}
	weekdays = map[string]int{}
)

// Kind classifies a date expression.
type Kind int

const (
	Day         Kind = iota // a calendar day, possibly without a year
	Range                   // a span of days: 21-24 Januari
	WeekdayOnly             // "on Thursday", "pada Selasa"
	Relative                // yesterday, kemarin, today, hari ini
	MonthOnly               // "in September", "pada Maret 2024"
	YearOnly                // "in 2019", "last year", "tahun lalu"
	// Anaphoric is a day counted from the day the text named before it:
	// "the following day", "keesokan harinya", "sehari sebelumnya", "on
	// the same day". Offset holds the count; Resolve cannot pin it.
	Anaphoric
)

// Expr is one date expression found in text.
type Expr struct {
	doc.Span
	Text                      string
	Kind                      Kind
	Year, Month, Day          int // 0 when the text does not give it
	EndYear, EndMonth, EndDay int // for ranges
	Weekday                   int // 1 (Monday) .. 7 (Sunday), 0 when absent
	Offset                    int // days from publication, for Relative
	Next                      bool
	Prev                      bool // "last Friday", "tahun lalu": before the news period
	Last                      bool // "last Wednesday", "Rabu lalu": never the day of publication
}

// Resolved is an expression pinned to the calendar.
type Resolved struct {
	Date, End  string // YYYY-MM-DD or ""
	Warning    string // e.g. a weekday that contradicts its date
	Background bool   // clearly before the news period (another year, "last year")
	Future     bool   // after the publication date
}

func init() {
	for _, e := range lexicon.MustLoadFS(dataFS, "data/calendar.tsv", lexicon.Options{MinFields: 3, KeyFields: 3, FoldKey: true}) {
		n, _ := strconv.Atoi(e.Field(1))
		switch e.Field(0) {
		case "month":
			months[e.Field(2)] = n
		case "weekday":
			weekdays[e.Field(2)] = n
		}
	}
	build()
}

func alt(m map[string]int) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, regexp.QuoteMeta(k))
	}
	sort.Slice(ks, func(i, j int) bool { return len(ks[i]) > len(ks[j]) || len(ks[i]) == len(ks[j]) && ks[i] < ks[j] })
	return "(?:" + strings.Join(ks, "|") + ")"
}

type pattern struct {
	re   *regexp.Regexp
	make func(m []string) (Expr, bool)
	need cue // cues a sentence must have for the pattern to be tried
}

// cue is a bit set of cheap signs that a pattern may match.
type cue uint8

const (
	cueDigit cue = 1 << iota
	cueMonth
	cueWeekday
	cueRelative
	cueYearWord
	cueSlash // a "/" as in "(4/8)"
	cueYear4 // a four-digit year 19xx or 20xx
	cueAnaphor
)

var patterns []pattern

// MonthNumber returns the month for an English or Indonesian month name
// or abbreviation, or 0.
func MonthNumber(w string) int { return months[strings.TrimSuffix(strings.ToLower(w), ".")] }

// Names calls f with every month and weekday name MonthNumber and
// WeekdayNumber know, in lower case: a caller can mark those words once.
func Names(f func(name string)) {
	for w := range months {
		f(w)
		f(w + ".")
	}
	for w := range weekdays {
		f(w)
	}
}

// WeekdayNumber returns 1 (Monday) .. 7 for a weekday name, or 0.
func WeekdayNumber(w string) int { return weekdays[strings.ToLower(w)] }

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func year(s string) int {
	y := atoi(s)
	if y > 0 && y < 100 {
		y += 2000
	}
	return y
}

func build() {
	M := "(" + alt(months) + `)\.?`
	W := "(" + alt(weekdays) + ")"
	Y := `(?:,?\s+(?:tahun\s+)?(\d{4}))?`
	sep := `\s*(?:-|–|—|to|until|through|hingga|sampai|s/d|s\.d\.|and|dan)\s*`
	add := func(expr string, f func(m []string) (Expr, bool)) {
		var need cue
		if strings.Contains(expr, `\d`) {
			need |= cueDigit
		}
		if strings.Contains(expr, M) {
			need |= cueMonth
		}
		if strings.Contains(expr, W) {
			need |= cueWeekday
		}
		tail := `\b`
		if strings.HasSuffix(expr, `)?`) && strings.HasSuffix(expr, `\))?`) {
			tail = ""
		}
		patterns = append(patterns, pattern{regexp.MustCompile(`(?i)\b` + expr + tail), f, need})
	}
	// Ranges first, so "21-24 Januari" is not read as "24 Januari".
	add(`(\d{1,2})`+sep+`(\d{1,2})\s+`+M+Y, func(m []string) (Expr, bool) {
		mo := MonthNumber(m[3])
		y := year(m[4])
		return Expr{Kind: Range, Day: atoi(m[1]), Month: mo, Year: y, EndDay: atoi(m[2]), EndMonth: mo, EndYear: y}, true
	})
	add(`(\d{1,2})\s+`+M+sep+`(\d{1,2})\s+`+M+Y, func(m []string) (Expr, bool) {
		y := year(m[5])
		return Expr{Kind: Range, Day: atoi(m[1]), Month: MonthNumber(m[2]), Year: y, EndDay: atoi(m[3]), EndMonth: MonthNumber(m[4]), EndYear: y}, true
	})
	add(M+`\s+(\d{1,2})`+sep+`(\d{1,2})`+Y, func(m []string) (Expr, bool) {
		mo := MonthNumber(m[1])
		y := year(m[4])
		return Expr{Kind: Range, Day: atoi(m[2]), Month: mo, Year: y, EndDay: atoi(m[3]), EndMonth: mo, EndYear: y}, true
	})
	// Day range with a month number: "(24-26/2)", "24-26/2/2025".
	add(`(\d{1,2})\s*[-–]\s*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?`, func(m []string) (Expr, bool) {
		mo := atoi(m[3])
		y := year(m[4])
		return Expr{Kind: Range, Day: atoi(m[1]), Month: mo, Year: y, EndDay: atoi(m[2]), EndMonth: mo, EndYear: y}, true
	})
	// Two weekdays with their days: "Senin (1/4) hingga Rabu (3/4)",
	// "Senin (13/10) - Kamis (23/10)".
	add(W+`\s*,?\s*\(\s*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\s*\)`+sep+W+`\s*,?\s*\(\s*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?:\s*\))?`, func(m []string) (Expr, bool) {
		y, ey := year(m[4]), year(m[8])
		if ey == 0 {
			ey = y
		}
		return Expr{Kind: Range, Weekday: WeekdayNumber(m[1]), Day: atoi(m[2]), Month: atoi(m[3]), Year: y, EndDay: atoi(m[6]), EndMonth: atoi(m[7]), EndYear: ey}, true
	})
	// Weekday with day/month: "Kamis (4/8)", "Senin, 12/3/2024". The
	// closing parenthesis belongs to the expression.
	add(W+`\s*,?\s*\(?\s*(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b(?:\s*\))?`, func(m []string) (Expr, bool) {
		return Expr{Kind: Day, Weekday: WeekdayNumber(m[1]), Day: atoi(m[2]), Month: atoi(m[3]), Year: year(m[4])}, true
	})
	// Weekday with a written date: "Thursday, November 21, 2023", "Kamis, 4 Agustus 2022".
	add(W+`\s*,?\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?`+M+Y, func(m []string) (Expr, bool) {
		return Expr{Kind: Day, Weekday: WeekdayNumber(m[1]), Day: atoi(m[2]), Month: MonthNumber(m[3]), Year: year(m[4])}, true
	})
	add(W+`\s*,?\s*`+M+`\s+(\d{1,2})(?:st|nd|rd|th)?`+Y, func(m []string) (Expr, bool) {
		return Expr{Kind: Day, Weekday: WeekdayNumber(m[1]), Month: MonthNumber(m[2]), Day: atoi(m[3]), Year: year(m[4])}, true
	})
	add(`(\d{4})-(\d{2})-(\d{2})`, func(m []string) (Expr, bool) {
		return Expr{Kind: Day, Year: atoi(m[1]), Month: atoi(m[2]), Day: atoi(m[3])}, true
	})
	// A numeric date with its year: "pada 10/2/2025" (day first, as
	// Indonesia and most of the world write it; month first only when
	// the second number cannot be a month: "3/25/2025").
	add(`(\d{1,2})/(\d{1,2})/(\d{4})`, func(m []string) (Expr, bool) {
		d, mo := atoi(m[1]), atoi(m[2])
		if mo > 12 && d <= 12 {
			d, mo = mo, d
		}
		return Expr{Kind: Day, Day: d, Month: mo, Year: atoi(m[3])}, true
	})
	add(`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?`+M+Y, func(m []string) (Expr, bool) {
		return Expr{Kind: Day, Day: atoi(m[1]), Month: MonthNumber(m[2]), Year: year(m[3])}, true
	})
	add(M+`\s+(\d{1,2})(?:st|nd|rd|th)?`+Y, func(m []string) (Expr, bool) {
		return Expr{Kind: Day, Month: MonthNumber(m[1]), Day: atoi(m[2]), Year: year(m[3])}, true
	})
	// "(12/3)" alone, as Indonesian sites write the day of a weekday-less report.
	patterns = append(patterns, pattern{regexp.MustCompile(`\((\d{1,2})/(\d{1,2})\)`), func(m []string) (Expr, bool) {
		return Expr{Kind: Day, Day: atoi(m[1]), Month: atoi(m[2])}, true
	}, cueDigit})
	add(`(?:(last|this|next|past)\s+)?`+W+`(?:\s+(lalu|kemarin|depan|ini|mendatang|pekan\s+lalu|minggu\s+lalu|last\s+week|next\s+week))?`, func(m []string) (Expr, bool) {
		e := Expr{Kind: WeekdayOnly, Weekday: WeekdayNumber(m[2])}
		pre, post := strings.ToLower(m[1]), strings.ToLower(m[3])
		// "Minggu" is also "week": "minggu lalu" is last week, not Sunday.
		if e.Weekday == 7 && strings.EqualFold(m[2], "minggu") && (post == "lalu" || post == "depan" || post == "ini" || post == "mendatang" || post == "kemarin") {
			return Expr{}, false
		}
		post = strings.Join(strings.Fields(post), " ")
		e.Next = pre == "next" || post == "depan" || post == "mendatang" || post == "next week"
		// "Selasa pekan lalu", "Friday last week" are that day of last
		// week; "last Tuesday" and "Selasa lalu" are the latest Tuesday
		// before publication.
		e.Prev = strings.Contains(post, "pekan") || strings.Contains(post, "minggu") || post == "last week"
		e.Last = pre == "last" || pre == "past" || post == "lalu" || post == "kemarin"
		return e, true
	})
	// ("the day before yesterday" is two days back, one expression; not
	// "the day before" counted from "yesterday".)
	add(`(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)`, func(m []string) (Expr, bool) {
		if strings.Contains(strings.ToLower(m[1]), "yesterday") {
			return Expr{Kind: Relative, Offset: -2}, true
		}
		return Expr{Kind: Relative, Offset: 2}, true
	})
	add(`(yesterday|kemarin|today|hari\s+ini|tomorrow|besok|tonight|malam\s+ini|last\s+night|tadi\s+malam|semalam)`, func(m []string) (Expr, bool) {
		off := 0
		switch strings.ToLower(strings.Join(strings.Fields(m[1]), " ")) {
		case "yesterday", "kemarin", "last night", "tadi malam", "semalam":
			off = -1
		case "tomorrow", "besok":
			off = 1
		}
		return Expr{Kind: Relative, Offset: off}, true
	})
	// "this morning", "pagi tadi", "tadi siang": earlier on the day of
	// publication.
	add(`(this\s+(?:morning|afternoon|evening)|(?:pagi|siang|sore)\s+(?:ini|tadi)|tadi\s+(?:pagi|siang|sore))`, func(m []string) (Expr, bool) {
		return Expr{Kind: Relative}, true
	})
	// Days counted from the day named before: "keesokan harinya", "the
	// following day", "sehari sebelumnya", "dua hari kemudian". (The same
	// day, "on the same day", "malam harinya", is the coder's to find: it
	// is the day of the occasion told before.)
	add(`(keesokan\s+harinya|esok\s+harinya|the\s+(?:following|next)\s+day|a\s+day\s+later|sehari\s+(?:kemudian|setelahnya|sesudahnya)|sehari\s+sebelumnya|the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier|(?:the|a)\s+day\s+(?:before|after)|(?:two|three|four|dua|tiga|empat)\s+(?:days\s+(?:later|earlier|before)|hari\s+(?:kemudian|sebelumnya|setelahnya)))`, func(m []string) (Expr, bool) {
		w := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
		off := 0
		switch {
		case strings.Contains(w, "keesokan") || strings.Contains(w, "esok") || strings.Contains(w, "following") || strings.Contains(w, "next") || strings.Contains(w, "later") && !strings.Contains(w, "that day") || strings.Contains(w, "after") || strings.Contains(w, "kemudian") || strings.Contains(w, "setelah") || strings.Contains(w, "sesudah"):
			off = 1
		case strings.Contains(w, "sebelum") || strings.Contains(w, "previous") || strings.Contains(w, "preceding") || strings.Contains(w, "before") || strings.Contains(w, "earlier"):
			off = -1
		}
		if n := DayCount(strings.Fields(w)[0]); n > 1 {
			off *= n
		}
		return Expr{Kind: Anaphoric, Offset: off}, true
	})
	add(`(\d+|two|three|four|five|six|seven|dua|tiga|empat|lima|enam|tujuh)\s+(?:days\s+ago|hari\s+(?:lalu|yang\s+lalu))`, func(m []string) (Expr, bool) {
		return Expr{Kind: Relative, Offset: -DayCount(m[1])}, true
	})
	// ("pada Agustus lalu": the last August, before the news.)
	add(`(?:in|on|since|during|pada|bulan|sejak|selama)\s+`+M+`(?:\s+(?:tahun\s+)?(\d{4}))?(\s+lalu\b)?`, func(m []string) (Expr, bool) {
		return Expr{Kind: MonthOnly, Month: MonthNumber(m[1]), Year: year(m[2]), Prev: m[3] != ""}, true
	})
	add(`(?:in|since|pada|tahun|sejak|of)\s+(?:tahun\s+)?((?:19|20)\d{2})`, func(m []string) (Expr, bool) {
		return Expr{Kind: YearOnly, Year: atoi(m[1])}, true
	})
	add(`(last\s+year|tahun\s+lalu|tahun\s+sebelumnya|a\s+year\s+ago|setahun\s+lalu|years\s+ago|tahun\s+yang\s+lalu|last\s+month|bulan\s+lalu|last\s+week|pekan\s+lalu|minggu\s+lalu)`, func(m []string) (Expr, bool) {
		return Expr{Kind: YearOnly, Prev: true}, true
	})
	add(`(next\s+year|tahun\s+depan|next\s+month|bulan\s+depan|next\s+week|pekan\s+depan|minggu\s+depan)`, func(m []string) (Expr, bool) {
		return Expr{Kind: YearOnly, Next: true}, true
	})
	// The cues each pattern needs, in the order they were added above.
	needs := []cue{
		cueDigit | cueMonth, cueDigit | cueMonth, cueDigit | cueMonth, // ranges
		cueDigit | cueSlash,                                                                                  // day range with a month number
		cueDigit | cueWeekday | cueSlash,                                                                     // two weekdays with their days
		cueDigit | cueWeekday | cueSlash, cueDigit | cueWeekday | cueMonth, cueDigit | cueWeekday | cueMonth, // weekday with a date
		cueYear4, cueDigit | cueSlash, cueDigit | cueMonth, cueDigit | cueMonth, // ISO, day/month/year, day month, month day
		cueSlash, cueWeekday, cueRelative, cueRelative, cueRelative, cueAnaphor, cueRelative, cueMonth, cueYear4, cueYearWord, cueYearWord,
	}
	if len(needs) != len(patterns) {
		panic("when: pattern cues out of step")
	}
	for i := range patterns {
		patterns[i].need = needs[i]
	}
}

var relativeWords = map[string]bool{"yesterday": true, "kemarin": true, "today": true, "hari": true, "tomorrow": true, "besok": true, "tonight": true,
	"malam": true, "night": true, "semalam": true, "ago": true, "lalu": true, "last": true, "next": true, "depan": true, "sebelumnya": true,
	"this": true, "pagi": true, "siang": true, "sore": true, "tadi": true}

var anaphorWords = map[string]bool{"day": true, "days": true, "harinya": true, "sehari": true, "kemudian": true, "sebelumnya": true, "setelahnya": true, "sesudahnya": true}

var yearWords = map[string]bool{"year": true, "tahun": true, "month": true, "bulan": true, "week": true, "pekan": true, "minggu": true, "setahun": true, "years": true}

// cues scans s once for the signs the patterns need: digits, month and
// weekday names, relative-day words; anchors are where the words and
// numbers that can start or end a date are.
func cues(s string) (cue, []int) {
	var c cue
	var anchors []int
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(s[start:end])
		hit := false
		if months[strings.TrimSuffix(w, ".")] != 0 {
			c, hit = c|cueMonth, true
		}
		if weekdays[w] != 0 {
			c, hit = c|cueWeekday, true
		}
		if relativeWords[w] {
			c, hit = c|cueRelative, true
		}
		if yearWords[w] {
			c, hit = c|cueYearWord, true
		}
		if anaphorWords[w] {
			c, hit = c|cueAnaphor, true
		}
		if hit {
			anchors = append(anchors, start)
		}
		start = -1
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= '0' && b <= '9' {
			digits++
		} else {
			if digits == 4 && (s[i-4] == '1' && s[i-3] == '9' || s[i-4] == '2' && s[i-3] == '0') {
				c |= cueYear4
			}
			digits = 0
		}
		switch {
		case b == '/':
			c |= cueSlash
			flush(i)
			anchors = append(anchors, i)
		case b >= '0' && b <= '9':
			c |= cueDigit
			flush(i)
			if digits == 1 && (i+3 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3])) {
				anchors = append(anchors, i) // a year
			}
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '\'':
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(s))
	_ = anchors
	if digits == 4 && (s[len(s)-4] == '1' && s[len(s)-3] == '9' || s[len(s)-4] == '2' && s[len(s)-3] == '0') {
		c |= cueYear4
	}
	return c, anchors
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// windows merges spans of ±reach bytes around the anchors, widened to
// spaces so no word is cut.
func windows(s string, anchors []int, reach int) [][2]int {
	var out [][2]int
	for _, a := range anchors {
		lo, hi := a-reach, a+reach
		if lo < 0 {
			lo = 0
		}
		if hi > len(s) {
			hi = len(s)
		}
		for lo > 0 && s[lo-1] != ' ' {
			lo--
		}
		for hi < len(s) && s[hi] != ' ' {
			hi++
		}
		if n := len(out); n > 0 && lo <= out[n-1][1] {
			if hi > out[n-1][1] {
				out[n-1][1] = hi
			}
			continue
		}
		out = append(out, [2]int{lo, hi})
	}
	return out
}

// Find returns the date expressions in s, leftmost first and not
// overlapping. base is added to every span (the offset of s in the
// document text).
func Find(s string, base int) []Expr {
	have, anchors := cues(s)
	if have == 0 {
		return nil
	}
	wins := windows(s, anchors, 48)
	var out []Expr
	taken := func(a, b int) bool {
		for _, e := range out {
			if a < e.End-base && b > e.Start-base {
				return true
			}
		}
		return false
	}
	for _, p := range patterns {
		if p.need != 0 && have&p.need != p.need {
			continue
		}
		for _, w := range wins {
			for _, loc := range p.re.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += w[0]
					}
				}
				if taken(loc[0], loc[1]) {
					continue
				}
				m := make([]string, len(loc)/2)
				for i := range m {
					if loc[2*i] >= 0 {
						m[i] = s[loc[2*i]:loc[2*i+1]]
					}
				}
				e, ok := p.make(m)
				if !ok || !valid(e) {
					continue
				}
				e.Span = doc.Span{Start: base + loc[0], End: base + loc[1]}
				e.Text = s[loc[0]:loc[1]]
				out = append(out, e)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return joinRanges(s, base, out)
}

// rangeSep matches what joins two days of one span: "July 14 to July
// 22", "July 30 through August 2", "3 Maret hingga 5 Maret".
var rangeSep = regexp.MustCompile(`^\s*(?:-{1,2}|–|—|to|until|till|through|hingga|sampai|s/d|s\.d\.)\s*$`)

// joinRanges turns two written days joined by "to", "until", "hingga"
// into one range, so "from July 14 to July 22" is the span it names.
// (Found after the fact, it costs nothing where no two days are near.)
func joinRanges(s string, base int, es []Expr) []Expr {
	out := es[:0]
	for i := 0; i < len(es); i++ {
		e := es[i]
		if i+1 < len(es) {
			f := es[i+1]
			if e.Kind == Day && f.Kind == Day && e.Month != 0 && f.Month != 0 && e.Day != 0 && f.Day != 0 && e.Weekday == 0 && f.Weekday == 0 &&
				(e.Year == 0 || e.Year == f.Year) && f.Start-e.End <= 12 && f.Start >= e.End && rangeSep.MatchString(s[e.End-base:f.Start-base]) {
				y := f.Year
				r := Expr{Kind: Range, Day: e.Day, Month: e.Month, Year: y, EndDay: f.Day, EndMonth: f.Month, EndYear: y}
				r.Span = doc.Span{Start: e.Start, End: f.End}
				r.Text = s[e.Start-base : f.End-base]
				out = append(out, r)
				i++
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

func valid(e Expr) bool {
	if e.Month < 0 || e.Month > 12 || e.Day < 0 || e.Day > 31 || e.EndDay > 31 || e.EndMonth > 12 {
		return false
	}
	if (e.Kind == Day || e.Kind == Range) && (e.Month == 0 || e.Day == 0) {
		return false
	}
	if e.Kind == Range && (e.EndDay == 0 || e.EndMonth == 0) {
		return false
	}
	if e.Year != 0 && (e.Year < 1900 || e.Year > 2100) {
		return false
	}
	return true
}

const layout = "2006-01-02"

// ParseDay parses YYYY-MM-DD.
func ParseDay(s string) (time.Time, bool) {
	t, err := time.Parse(layout, s)
	return t, err == nil
}

func mkdate(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && int(t.Month()) == m
}

// nearestYear picks the year for a day and month without one. News
// reports the past, so the publication year is taken unless that puts the
// date more than six months after publication, when the year before is.
func nearestYear(m, d int, pub time.Time) int {
	t, ok := mkdate(pub.Year(), m, d)
	if ok && t.After(pub.AddDate(0, 6, 0)) {
		return pub.Year() - 1
	}
	return pub.Year()
}

// Resolve pins e to the calendar. pub is the publication date; when
// havePub is false, expressions that need it (a weekday alone, a day
// without a year in no text that gives one) resolve to no date.
// yearHint, when non-zero, is a year the text gives elsewhere.
func (e Expr) Resolve(pub time.Time, havePub bool, yearHint int) Resolved {
	var r Resolved
	switch e.Kind {
	case Day, Range:
		y := e.Year
		if y == 0 {
			switch {
			case havePub:
				y = nearestYear(e.Month, e.Day, pub)
			case yearHint != 0:
				y = yearHint
			default:
				return r
			}
		}
		t, ok := mkdate(y, e.Month, e.Day)
		if !ok {
			r.Warning = "impossible date " + strconv.Quote(e.Text)
			return r
		}
		r.Date = t.Format(layout)
		if e.Weekday != 0 && isoWeekday(t) != e.Weekday {
			r.Warning = "weekday in " + strconv.Quote(e.Text) + " does not match " + r.Date + " (" + t.Weekday().String() + ")"
		}
		if e.Kind == Range {
			ey := e.EndYear
			if ey == 0 || e.Year == 0 {
				ey = y
				if e.EndMonth < e.Month {
					ey++
				}
			}
			if te, ok := mkdate(ey, e.EndMonth, e.EndDay); ok && !te.Before(t) {
				r.End = te.Format(layout)
			}
		}
		if havePub {
			r.Background = t.Before(pub.AddDate(0, 0, -60))
			r.Future = t.After(pub)
		}
	case WeekdayOnly:
		if !havePub {
			return r
		}
		pw := isoWeekday(pub)
		var back int
		if e.Next {
			fwd := (e.Weekday - pw + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			back = -fwd
		} else {
			back = (pw - e.Weekday + 7) % 7
			// ("last Wednesday" in a Wednesday paper is a week back.)
			if e.Prev || back == 0 && e.Last {
				back += 7
			}
		}
		t := pub.AddDate(0, 0, -back)
		r.Date = t.Format(layout)
		r.Future = t.After(pub)
	case Relative:
		if !havePub {
			return r
		}
		t := pub.AddDate(0, 0, e.Offset)
		r.Date = t.Format(layout)
		r.Future = e.Offset > 0
	case MonthOnly:
		if havePub && e.Year != 0 && (e.Year < pub.Year() || e.Year == pub.Year() && e.Month < int(pub.Month())-2) || e.Prev {
			r.Background = true
		}
		if havePub && e.Year != 0 && (e.Year > pub.Year() || e.Year == pub.Year() && e.Month > int(pub.Month())) {
			r.Future = true
		}
	case YearOnly:
		switch {
		case e.Prev:
			r.Background = true
		case e.Next:
			r.Future = true
		case havePub && e.Year != 0 && e.Year < pub.Year():
			r.Background = true
		case havePub && e.Year > pub.Year():
			r.Future = true
		}
	}
	return r
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// smallNumbers are the counts of days a text spells out.
var smallNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}

// DayCount reads a small count of days written in digits or words
// ("3", "three", "tiga"), or "three-day"; 0 if it is none.
func DayCount(w string) int {
	w = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "-days"), "-day"))
	if n, ok := smallNumbers[w]; ok {
		return n
	}
	return atoi(w)
}
