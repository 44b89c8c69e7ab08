// Package meta finds document metadata in the cleaned text: a date line at
// the top ("26 Januari 2023", "3 Maret 2024 10:15 WIB") and the dateline
// of wire services and news sites in both languages ("PHNOM PENH, 5
// Agustus (Xinhua) —", "MANILA, March 14 (Reuters) -", "Jakarta (ANTARA)
// -", "Liputan6.com, Jakarta -"), and settles the publication date.
package meta

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/when"
)

var (
	dash = `(?:-{1,2}|–|—)`
	// PLACE, [date] [(Agency)] —
	capsRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu}'.]*(?:[ -]\p{Lu}[\p{Lu}'.]*){0,3})\s*(?:,\s*([^()\-–—:]{3,30}?))?\s*(?:\(([^)]{2,40})\))?\s*(?:` + dash + `|:)\s*`)
	// Place (AGENCY) -
	agencyRe = regexp.MustCompile(`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*,?\s*(?:([^()]{3,30}?)\s*)?\(([A-Za-z][A-Za-z .]{1,30})\)\s*` + dash + `\s*`)
	// Outlet.com, Place - ; TEMPO.CO, Jakarta -
	outletFirstRe = regexp.MustCompile(`^([A-Za-z0-9]+\.(?:com|co\.id|co|id|net|org)(?:\.[a-z]{2})?)\s*,\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\s*` + dash + `\s*`)
	// Place, DATE – (Dili, 16 Mei 2025 –)
	placeDateRe = regexp.MustCompile(`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*,\s*([^–—\-]{5,40}?\d{4})\s*(?:\(?([A-Z][A-Za-z]{1,9})\)?\s*)?` + dash + `\s*`)
	// Place, Outlet -- (Jakarta, CNN Indonesia --)
	placeOutletRe = regexp.MustCompile(`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*,\s*([A-Z][A-Za-z0-9.]*(?: [A-Z][A-Za-z0-9.]*){0,2})\s*` + dash + `\s*`)
	timeJunkRe    = regexp.MustCompile(`(?i)\((?:gmt|utc)[^)]{0,8}\)|\b(?:gmt|utc)\s*[+-]\s*\d{1,4}\b|\b[ap]\.m\.|\bpage\s*\d+\b|[@●⋅]|\b(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?|issued|created|modified|first|time|update|wib|wita|wit|gmt|utc|ict|cet|cest|est|edt|et|pt|bst|ist|pst|jst|kst|sgt|hkt|pht|myt|pkt|aest|aedt|nzst|nzdt|sast|eat|wat|am|pm|published|publication|date|on|at|updated|last|latest|posted|diterbitkan|diperbarui|dipublikasikan|terbit|tanggal|pukul|jam|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|[|,/\-–—:•·]`)
)

// LatestYear returns the latest plausible year written in t, or 0: a
// story mentions the years before its own ("UNCLOS 1982") more often than
// the ones after it.
func LatestYear(t string) int {
	best := 0
	for i := 0; i+4 <= len(t); i++ {
		if (i > 0 && isDigit(t[i-1])) || (i+4 < len(t) && isDigit(t[i+4])) {
			continue
		}
		if !isDigit(t[i]) || !isDigit(t[i+1]) || !isDigit(t[i+2]) || !isDigit(t[i+3]) {
			continue
		}
		n := int(t[i]-'0')*1000 + int(t[i+1]-'0')*100 + int(t[i+2]-'0')*10 + int(t[i+3]-'0')
		// A span of years: a short one is a term or a programme ("for
		// the 2026-2028 term"), which says nothing of when the story is;
		// an anniversary's ends now ("50 years of relations (1975-2025)");
		// one between looks ahead ("the 2020-2030 plan", "Vision
		// 2025-2045").
		if start, ok := spanStart(t, i); ok {
			if n-start >= 25 && n <= 2099 && n > best {
				best = n
			}
			continue
		}
		if end, ok := spanEnd(t, i); ok && end-n <= 5 {
			continue
		}
		if n >= 1950 && n <= 2099 && n > best && !targetYear(t[:i]) {
			best = n
		}
	}
	return best
}

// spanStart returns the first year of a span whose last year is written at
// t[i:i+4]: "1975-2025".
func spanStart(t string, i int) (int, bool) {
	j := i
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	switch {
	case j > 0 && t[j-1] == '-':
		j--
	case strings.HasSuffix(t[:j], "\u2013"):
		j -= len("\u2013")
	default:
		return 0, false // ("in 2019 2023": no span without a dash)
	}
	for j > 0 && t[j-1] == ' ' {
		j--
	}
	if j < 4 || !isYear(t[j-4:j]) || j >= 5 && isDigit(t[j-5]) {
		return 0, false
	}
	return atoi4(t[j-4 : j]), true
}

// spanEnd returns the last year of a span whose first year is written at
// t[i:i+4]: "2026-2028".
func spanEnd(t string, i int) (int, bool) {
	j := i + 4
	for j < len(t) && t[j] == ' ' {
		j++
	}
	switch {
	case j < len(t) && t[j] == '-':
		j++
	case strings.HasPrefix(t[j:], "\u2013"):
		j += len("\u2013")
	default:
		return 0, false
	}
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if j+4 > len(t) || !isYear(t[j:j+4]) || j+4 < len(t) && isDigit(t[j+4]) {
		return 0, false
	}
	return atoi4(t[j : j+4]), true
}

func isYear(s string) bool {
	return len(s) == 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) && (s[:2] == "19" || s[:2] == "20")
}

func atoi4(s string) int {
	return int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
}

// targetYear reports whether the year after before is a target ("by
// 2030", "hingga 2030"), which says nothing of when the story is.
func targetYear(before string) bool {
	// The end of a span of years ("the 2025-2027 programme") looks ahead.
	if b := strings.TrimRight(before, "-–"); len(b) < len(before) && len(b) > 0 && isDigit(b[len(b)-1]) {
		return true
	}
	f := strings.Fields(before[max(0, len(before)-16):])
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "by", "until", "till", "through", "before", "hingga", "sampai", "menjelang", "target", "tahun":
		return true
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// Apply fills d.Dateline and, when the input gave no publication date,
// d.Published from a date line at the top of the text or else from the
// dateline. It reads d.Text.
func Apply(d *doc.Document) {
	text := d.Text
	var pub time.Time
	havePub := false
	if d.Published != "" {
		pub, havePub = when.ParseDay(d.Published)
		if d.PublishedFrom == "" {
			d.PublishedFrom = "input"
		}
	}
	// The year of the first full date in the text ("pada 20 November
	// 2023" in a caption), else the latest year it mentions; needed only
	// when the input gave no publication date.
	hint := 0
	// "kompas.com/read/2025/08/05/...", "news.cn/20250805/...": the
	// page's address dates it, and its year outranks the years the story
	// names ("23 years of relations since 2002", "since the project began
	// in 2008").
	urlY, urlDay := URLDate(d.URL)
	if !havePub && urlY != 0 {
		hint = urlY
	}
	if !havePub && hint == 0 {
		hint = firstFullYear(text)
		if hint == 0 {
			hint = LatestYear(text)
		}
		// "© 2024 Kyodo News": the footer cleaning drops still dates the page.
		if hint == 0 {
			if m := copyrightRe.FindStringSubmatch(d.Raw); m != nil {
				hint, _ = strconv.Atoi(m[1])
			}
		}
		// "Selasa (11/3)" pins the year: of the years the text names (and
		// those next to them), the one whose 11 March is a Tuesday.
		// (The copyright year stands among the candidates: "TOKYO, March
		// 22 (Yonhap) -- ... agreed Sunday" above "(c) 2026 Yonhap".)
		// (Read only for such a dateline: the footer search costs a scan
		// of the page.)
		dd, wds := datelineWeekdays(text)
		cy := 0
		if len(wds) > 0 {
			if m := copyrightRe.FindStringSubmatch(d.Raw); m != nil {
				cy, _ = strconv.Atoi(m[1])
			}
		}
		if y := weekdayYear(text, cy, dd, wds); y != 0 {
			hint = y
		}
	}
	// Top date line, after the lines of site menus, headline, standfirst
	// and byline a scraped page starts with, and before the story's
	// dateline. The first published date wins over an updated one
	// ("Updated 2:37 AM EDT, Wed April 2, 2025" above "Published 9:12 PM
	// EDT, Tue April 1, 2025").
	var topPlace *doc.Dateline
	off := 0
	found, foundUpdated := false, false
	// (With a publication date given, only a place and date line at the
	// very top is wanted: "Den Haag, 21 November 2024".)
	given, lines := havePub, 24
	if given {
		lines = 6
	}
	for i := 0; i < lines && off < len(text); i++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		date, place, ok := topDateLine(line, given)
		if !ok {
			if found || !given && parseDateline(line, off, pub, havePub, hint) != nil {
				break // the story has begun
			}
			off += end + 1
			continue
		}
		updated := updatedRe.MatchString(line)
		if found && (updated || !foundUpdated) {
			break
		}
		if !havePub || foundUpdated {
			d.Published = date
			d.PublishedFrom = "dateline-top"
			pub, havePub = when.ParseDay(date)
		}
		if place != "" && !found {
			// "Den Haag, 21 November 2024": a place and date line is the
			// story's dateline unless one follows.
			topPlace = &doc.Dateline{Place: place, Date: date, Span: doc.Span{Start: off, End: off + len(strings.TrimRight(line, " \r"))}}
		}
		found, foundUpdated = true, updated && d.PublishedFrom == "dateline-top"
		if !foundUpdated {
			break
		}
		off += end + 1
	}
	// The cleaner may have dropped the date with its byline ("Written by
	// News Desk | New Delhi | Updated: January 6, 2025 18:25 IST"): the
	// page as received, up to the story's dateline, is read the same way.
	if !havePub && d.Raw != text {
		if date, ok := rawTopDate(d.Raw, pub, havePub, hint); ok {
			d.Published = date
			d.PublishedFrom = "dateline-top"
			pub, havePub = when.ParseDay(date)
		}
	}
	// "ISLAMABAD" on a line of its own, then the story: Anadolu's style.
	if d.Dateline == nil {
		if dl := bareDateline(text); dl != nil {
			d.Dateline = dl
		}
	}
	// Dateline: at the start of one of the first paragraphs. (A scraped
	// page may carry a dozen lines of menus, headline, byline, date and
	// caption before it.)
	off = 0
	for i := 0; i < 14 && off < len(text); i++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		if dl := parseDateline(line, off, pub, havePub, hint); dl != nil {
			d.Dateline = dl
			if !havePub && dl.Date != "" {
				d.Published = dl.Date
				d.PublishedFrom = "dateline"
			}
			break
		}
		off += end + 1
	}
	if d.Dateline == nil && topPlace != nil {
		d.Dateline = topPlace
	}
	// No date in the text: the address's.
	if d.Published == "" && urlDay != "" {
		d.Published, d.PublishedFrom = urlDay, "url"
	}
}

// URLDate reads the date a news page's address carries: a path of year,
// month and day ("/2025/08/05/", "/2025/8/5/"), one segment of eight
// digits ("/20250805/", "c_20250805.htm") or of a dashed date
// ("-2025-08-05-"). It returns the year, and the day as YYYY-MM-DD when
// the address has all three; a path of year and month ("/2025/08/"),
// or one whose day is no calendar day ("/2025/02/30/"), gives the year
// alone. Digits with no month in them ("/20251345/") give nothing.
func URLDate(u string) (year int, day string) {
	if u == "" {
		return 0, ""
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	slash := strings.IndexByte(u, '/')
	if slash < 0 {
		return 0, ""
	}
	path := u[slash:]
	for _, m := range urlDateRes {
		for _, g := range m.FindAllStringSubmatch(path, -1) {
			y, _ := strconv.Atoi(g[1])
			mo, _ := strconv.Atoi(g[2])
			if y < 1990 || y > 2099 || mo < 1 || mo > 12 {
				continue
			}
			if g[3] == "" {
				if year == 0 {
					year = y
				}
				continue
			}
			dd, _ := strconv.Atoi(g[3])
			t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
			if t.Day() != dd {
				continue
			}
			return y, t.Format("2006-01-02")
		}
	}
	return year, ""
}

// urlDateRes are the forms of URLDate, the fullest first.
var urlDateRes = []*regexp.Regexp{
	regexp.MustCompile(`/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)`),
	regexp.MustCompile(`(?:^|[/_\-.])((?:19|20)\d\d)(\d\d)(\d\d)(?:$|[/_\-.])`),
	regexp.MustCompile(`(?:^|[/_\-.])((?:19|20)\d\d)-(\d\d)-(\d\d)(?:$|[/_\-.])`),
	regexp.MustCompile(`/((?:19|20)\d\d)/(\d{1,2})()(?:/|$)`),
}

// dateLine reports whether line is only a date (with weekday, time and
// zone), perhaps after a place ("Den Haag, 21 November 2024"), returning
// the date and the place.
func dateLine(line string) (date, place string, ok bool) {
	if len(line) > 80 {
		return "", "", false
	}
	es := when.Find(line, 0)
	// ("Thursday 6th November 2025": a weekday read on its own before the
	// date is the date's.)
	if len(es) == 2 && es[0].Kind == when.WeekdayOnly && es[1].Kind == when.Day && es[1].Year != 0 && strings.TrimSpace(line[es[0].End:es[1].Start]) == "" {
		es = es[1:]
	}
	if len(es) != 1 || es[0].Kind != when.Day || es[0].Year == 0 {
		return "", "", false
	}
	before := line[:es[0].Start]
	// "By Pham Linh   Thursday, March 13, 2025": a byline first.
	if m := bylineRe.FindStringIndex(before); m != nil {
		before = before[m[1]:]
	}
	if m := placeCommaRe.FindStringSubmatch(before); m != nil {
		place, before = m[1], ""
	}
	rest := before + " " + line[es[0].End:]
	rest = timeJunkRe.ReplaceAllString(rest, " ")
	for _, w := range strings.Fields(rest) {
		if when.WeekdayNumber(strings.Trim(w, ",.")) == 0 {
			return "", "", false
		}
	}
	r := es[0].Resolve(time.Time{}, false, 0)
	return r.Date, place, r.Date != ""
}

// topDateLine reads a line of page furniture that gives a date: only a
// date (dateLine), or a date among short parts set off by "|", "/", "-"
// or brackets ("KYODO NEWS - May 10, 2024 - 18:34 | World", "Rabu 12
// Ramadhan 1446 / 12 Maret 2025 10:15 WIB"); with no publication date
// yet, also a numeric one ("Burak Yildirim |19.02.2025", "Xinhua |
// Updated: 2025-03-12 10:15:33", "2025-03-12T10:15:00+07:00"). With one
// given, only a line that is a date (and perhaps a place) counts.
func topDateLine(line string, given bool) (date, place string, ok bool) {
	// (A numeric date is read here first: a weekday in its line settles
	// its day/month order, "Fri, 11/08/2024".)
	if !given {
		if date, ok = numericDateLine(line); ok {
			return date, "", true
		}
	}
	if date, place, ok = dateLine(line); ok || given {
		return date, place, ok
	}
	if len(line) <= 110 && strings.ContainsAny(line, "0123456789") && !relatedRe.MatchString(line) {
		for _, part := range partSepRe.Split(line, -1) {
			if strings.TrimSpace(part) == "" {
				continue
			}
			if date, _, ok = dateLine(part); ok {
				return date, "", true
			}
		}
	}
	if date, ok = numericDateLine(line); ok {
		return date, "", true
	}
	if date, ok = dayMonDateLine(line); ok {
		return date, "", true
	}
	date, ok = isoDateLine(line)
	return date, "", ok
}

// rawTopDate finds the first date line in the first lines of a page as
// received, before the story's dateline or first long paragraph.
func rawTopDate(raw string, pub time.Time, havePub bool, hint int) (string, bool) {
	off := 0
	for i := 0; i < 30 && off < len(raw); i++ {
		end := strings.IndexByte(raw[off:], '\n')
		if end < 0 {
			end = len(raw) - off
		}
		line := raw[off : off+end]
		off += end + 1
		if len(line) > 200 || parseDateline(line, 0, pub, havePub, hint) != nil {
			return "", false
		}
		if date, _, ok := topDateLine(line, false); ok && !updatedRe.MatchString(line) {
			return date, true
		}
	}
	return "", false
}

// partSepRe splits a line of page furniture into its parts.
var partSepRe = regexp.MustCompile(`\s*(?:[|•·●⋅/()]|\s[-–—]\s|\s(?:By|by|Oleh|oleh)\s)\s*`)

// relatedRe marks a line that links to another story, whose date is that
// story's: "Related: ...", "Baca juga: ...".
var relatedRe = regexp.MustCompile(`(?i)^\W*(?:related|read also|read more|see also|baca juga|lihat juga|berita terkait)\b`)

// updatedRe marks a date line that gives when the page was updated.
var updatedRe = regexp.MustCompile(`(?i)^\W*(?:(?:last|latest)\s+)?(?:updated|update|modified|diperbarui|diperbaharui)\b`)

// numericDateLine reads a day-first numeric date ("19.02.2025",
// "19/02/2025") in a short line of page furniture.
func numericDateLine(line string) (string, bool) {
	t, ok := lineDate(line, numericDateRe, true, func(m []string) (int, int, int) { return atoi(m[3]), atoi(m[2]), atoi(m[1]) })
	if !ok {
		return "", false
	}
	// ("Posted: Fri, 11/08/2024": a weekday in the line that only the
	// month-first reading matches settles the order.)
	if wd := lineWeekday(line); wd != 0 && isoWeekday(t) != wd && t.Day() <= 12 {
		day, month := t.Day(), int(t.Month())
		if u := time.Date(t.Year(), time.Month(day), month, 0, 0, 0, 0, time.UTC); u.Day() == month && isoWeekday(u) == wd {
			t = u
		}
	}
	return t.Format("2006-01-02"), true
}

// lineDate reads the date re finds in a short line of page furniture,
// its year, month and day taken from the match by ymd; with fewWords,
// only in a line of a few words.
func lineDate(line string, re *regexp.Regexp, fewWords bool, ymd func(m []string) (int, int, int)) (time.Time, bool) {
	if len(line) > 90 || fewWords && strings.Count(line, " ") > 10 {
		return time.Time{}, false
	}
	m := re.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, false
	}
	return calendarDay(ymd(m))
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// lineWeekday returns the weekday a line names (1 Monday .. 7), or 0.
func lineWeekday(line string) int {
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if n := when.WeekdayNumber(w); n != 0 {
			return n
		}
		if n := shortWeekdays[strings.ToLower(w)]; n != 0 {
			return n
		}
	}
	return 0
}

var shortWeekdays = map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}

func isoWeekday(t time.Time) int {
	if t.Weekday() == time.Sunday {
		return 7
	}
	return int(t.Weekday())
}

var numericDateRe = regexp.MustCompile(`(?:^|[\s|])(\d{1,2})[./-](\d{1,2})[./-](20\d\d)\b`)

// isoDateLine reads a year-first numeric date ("2025-03-12",
// "2025/03/12", "2025-03-12T10:15:00+07:00") in a short line of page
// furniture.
func isoDateLine(line string) (string, bool) {
	t, ok := lineDate(line, isoDateRe, true, func(m []string) (int, int, int) { return atoi(m[1]), atoi(m[2]), atoi(m[3]) })
	if !ok {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// calendarDay returns the day year-month-day if it exists.
func calendarDay(year, month, day int) (time.Time, bool) {
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return t, month >= 1 && month <= 12 && day >= 1 && t.Day() == day
}

var isoDateRe = regexp.MustCompile(`(?:^|[\s|:])(20\d\d)[-/.](\d{2})[-/.](\d{2})(?:$|[\sT|])`)

// dayMonDateLine reads "01-Dec-2025" in a short line of page furniture.
func dayMonDateLine(line string) (string, bool) {
	t, ok := lineDate(line, dayMonRe, false, func(m []string) (int, int, int) { return atoi(m[3]), when.MonthNumber(m[2]), atoi(m[1]) })
	if !ok {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

var dayMonRe = regexp.MustCompile(`(?i)\b(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(20\d\d)\b`)

// copyrightRe finds a page's copyright year.
var copyrightRe = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?(20\d\d)\b`)

// bylineRe matches a byline before a date: "By Pham Linh ", "Oleh Rina
// Susanti | ".
var bylineRe = regexp.MustCompile(`^\s*(?:By|Oleh|Penulis|Reporter)\s*:?\s+(?:\p{Lu}[\p{L}'.\-]*\s+){1,4}(?:(?:and|dan)\s+(?:\p{Lu}[\p{L}'.\-]*\s+){1,4})?[|•·\-–—]?\s*`)

// placeCommaRe matches a place name and a comma before a date: "Den
// Haag, ", "Kuala Lumpur, Selasa, ".
var placeCommaRe = regexp.MustCompile(`^\s*(\p{Lu}[\p{L}'.]*(?: \p{Lu}[\p{L}'.]*){0,3})\s*,\s*(?:\p{L}+,\s*)?$`)

func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func parseDateline(line string, base int, pub time.Time, havePub bool, hint int) *doc.Dateline {
	// A dateline sits in a line's first words: match only those.
	if len(line) > 120 {
		cut := 120
		for cut > 0 && line[cut]&0xC0 == 0x80 {
			cut--
		}
		line = line[:cut]
	}
	var place, date, outlet string
	var n int
	// "VIENTIANE, June 10. /TASS/.": the agency between slashes.
	if m := slashAgencyRe.FindStringSubmatchIndex(line); m != nil {
		place, date, outlet, n = line[m[2]:m[3]], line[m[4]:m[5]], line[m[6]:m[7]], m[1]
		if len(when.Find(date, 0)) == 0 {
			date = ""
		}
		return newDateline(place, date, outlet, line, n, base, pub, havePub, hint)
	}
	// Every other dateline pattern ends its head with a dash or a colon: a
	// line with neither in its first words is read no further.
	if !strings.ContainsAny(line, "-–—:") {
		return nil
	}
	// ("TRIBUN-BALI.com": a hyphen inside a word ends no dateline.)
	if m := capsRe.FindStringSubmatchIndex(line); m != nil && !(m[1] < len(line) && line[m[1]-1] == '-' && isLetter(line[m[1]])) {
		place = line[m[2]:m[3]]
		if len([]rune(place)) < 3 || strings.Count(place, " ") > 3 {
			return nil
		}
		if m[4] >= 0 {
			mid := line[m[4]:m[5]]
			if es := when.Find(mid, 0); len(es) > 0 {
				date = mid
			} else if strings.ContainsAny(mid, ".") || strings.ToUpper(mid[:1]) == mid[:1] {
				// ("MANILA, Philippines —", "NAIROBI, Kenya (AP) —": a
				// country after the city is no outlet; an outlet has a
				// site name, an agency word or a word in capitals.)
				if mt := strings.TrimSpace(mid); siteName(mt) || outletName(mt) || hasCapsWord(mt) || siteName(place) {
					outlet = mt
				}
			} else {
				return nil
			}
		}
		if m[6] >= 0 {
			outlet = strings.TrimSpace(line[m[6]:m[7]])
		}
		n = m[1]
		// ("DPR RI - Dewan Perwakilan Rakyat Republik Indonesia": a
		// site's name and its long form on a short line of their own,
		// with no word in lower case nor a digit, start no story.)
		if rest := strings.TrimSpace(line[n:]); date == "" && rest != "" && len(line) < 100 && !hasLowerWord(rest) && !strings.ContainsAny(rest, "0123456789") {
			return nil
		}
	} else if m := placeDateRe.FindStringSubmatchIndex(line); m != nil && len(when.Find(line[m[4]:m[5]], 0)) > 0 {
		// ("Phnom Penh, May 12, 2026 AKP --": an agency may follow the date.)
		place, date, n = line[m[2]:m[3]], line[m[4]:m[5]], m[1]
		if m[6] >= 0 {
			outlet = line[m[6]:m[7]]
		}
	} else if m := outletFirstRe.FindStringSubmatchIndex(line); m != nil {
		outlet, place, n = line[m[2]:m[3]], line[m[4]:m[5]], m[1]
	} else if m := agencyRe.FindStringSubmatchIndex(line); m != nil {
		place, outlet, n = line[m[2]:m[3]], line[m[6]:m[7]], m[1]
		if m[4] >= 0 {
			date = line[m[4]:m[5]]
		}
	} else if m := placeOutletRe.FindStringSubmatchIndex(line); m != nil && (strings.Contains(line[:m[1]], "--") || strings.Contains(line[:m[1]], "—") || strings.Contains(line[:m[1]], "–")) {
		// ("Jayapura, Jubi –", "Canberra, AAP --": a place and an outlet
		// before a long dash; a single hyphen there may join words. As
		// above, a word after the place is an outlet only when it looks
		// like one: "Suva, Fiji –" names the country.)
		place, n = line[m[2]:m[3]], m[1]
		if mt := line[m[4]:m[5]]; siteName(mt) || outletName(mt) || hasCapsWord(mt) {
			outlet = mt
		}
	} else {
		return nil
	}
	// "TEMPO.CO, Jakarta -", "KOMPAS.com, Bandung -": a site's name, then
	// the place.
	if siteName(place) && outlet != "" && !siteName(outlet) && date == "" {
		place, outlet = outlet, place
	}
	// "PUBLISHED : 16 Sep 2025", "UPDATED:": a label, no dateline.
	switch strings.ToUpper(strings.TrimSpace(place)) {
	case "PUBLISHED", "UPDATED", "POSTED", "DITERBITKAN", "DIPERBARUI", "WRITER", "PENULIS", "EDITOR", "REPORTER", "SOURCE", "SUMBER", "FOTO", "PHOTO":
		return nil
	}
	// "KYODO NEWS -", "XINHUA -": an outlet where a place would stand.
	if outletName(place) {
		if outlet == "" {
			outlet = titleCase(strings.TrimSpace(place))
		}
		place = ""
	}
	return newDateline(place, date, outlet, line, n, base, pub, havePub, hint)
}

// hasLowerWord reports a word in s that starts with a lower-case letter.
func hasLowerWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if c := w[0]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// newDateline builds the dateline read from line[:n].
func newDateline(place, date, outlet, line string, n, base int, pub time.Time, havePub bool, hint int) *doc.Dateline {
	dl := &doc.Dateline{Place: titleCase(strings.TrimSpace(place)), Outlet: outlet, Span: doc.Span{Start: base, End: base + len(strings.TrimRight(line[:n], " "))}}
	if date != "" {
		if es := when.Find(date, 0); len(es) > 0 && es[0].Kind == when.Day {
			r := es[0].Resolve(pub, havePub, hint)
			dl.Date = r.Date
		}
	}
	return dl
}

// slashAgencyRe matches a dateline with the agency between slashes:
// "VIENTIANE, June 10. /TASS/.", "MOSCOW, March 3 /TASS/".
var slashAgencyRe = regexp.MustCompile(`^\s*(\p{Lu}[\p{Lu}'.\- ]{2,30}),\s*([^/.]{3,25})\.?\s*/(\p{Lu}[\p{L}\- ]{1,20})/\.?`)

// bareDateline finds a place written in capitals on a line of its own
// among the first lines ("ISLAMABAD"), followed by a paragraph of prose.
// (Section labels in capitals, "WORLD", "COMMENTS", are gone by now: the
// clean stage drops them.)
func bareDateline(text string) *doc.Dateline {
	off := 0
	for i := 0; i < 8 && off < len(text); i++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			return nil
		}
		line := strings.TrimSpace(text[off : off+end])
		next := off + end + 1
		if line != "" && bareCapsRe.MatchString(line) && !outletName(line) && !siteName(line) {
			// The next non-empty line must be prose.
			rest := strings.TrimLeft(text[next:], "\n ")
			if k := strings.IndexByte(rest, '\n'); k > 100 || k < 0 && len(rest) > 100 {
				start := off + strings.Index(text[off:off+end], line)
				return &doc.Dateline{Place: titleCase(line), Span: doc.Span{Start: start, End: start + len(line)}}
			}
		}
		off = next
	}
	return nil
}

// bareCapsRe matches a place in capitals alone on its line: "ISLAMABAD",
// "KUALA LUMPUR".
var bareCapsRe = regexp.MustCompile(`^[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,2}$`)

// firstFullYear returns the year of the first "day month year" or "month
// day, year" date in the first 3,000 bytes of t, or 0: a four-digit year
// whose word before (or the one before that) is a month name.
func firstFullYear(t string) int {
	if len(t) > 3000 {
		t = t[:3000]
	}
	for i := 0; i+4 <= len(t); i++ {
		if !isDigit(t[i]) || i > 0 && isDigit(t[i-1]) || i+4 < len(t) && isDigit(t[i+4]) ||
			!isDigit(t[i+1]) || !isDigit(t[i+2]) || !isDigit(t[i+3]) {
			continue
		}
		n := int(t[i]-'0')*1000 + int(t[i+1]-'0')*100 + int(t[i+2]-'0')*10 + int(t[i+3]-'0')
		if n < 1950 || n > 2099 {
			continue
		}
		words := strings.FieldsFunc(t[max(0, i-24):i], func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == '/' })
		for k := len(words) - 1; k >= 0 && k >= len(words)-2; k-- {
			if when.MonthNumber(words[k]) > 0 {
				return n
			}
		}
	}
	return 0
}

// hasCapsWord reports a word of two or more capitals: "CNN Indonesia".
func hasCapsWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			return true
		}
	}
	return false
}

// siteName reports a web site's name: "TEMPO.CO", "detik.com".
func siteName(s string) bool {
	_, ok := SiteName(s)
	return ok
}

// SiteName returns the name a web site's address carries before its
// domain ("TEMPO.CO" -> "tempo", "kompas.co.id" -> "kompas"), lower-cased,
// and whether s is such an address.
func SiteName(s string) (string, bool) {
	u := strings.ToLower(strings.TrimSpace(s))
	for _, tld := range []string{".com", ".co", ".id", ".net", ".org"} {
		if i := strings.Index(u, tld); i > 0 && (i+len(tld) == len(u) || u[i+len(tld)] == '.') {
			return u[:i], true
		}
	}
	return u, false
}

// outletName reports names of news outlets that stand where a dateline's
// place would: "KYODO NEWS", "XINHUA", "AFP".
func outletName(s string) bool {
	u := strings.ToUpper(strings.TrimSpace(s))
	for _, w := range []string{"NEWS", "KYODO", "XINHUA", "REUTERS", "AFP", "BERNAMA", "ANTARA", "YONHAP", "TIMES", "POST", "TRIBUNE", "HERALD", "AGENCY", "PRESS"} {
		if strings.Contains(u, w) {
			return true
		}
	}
	return false
}

// weekdayYear returns the year a weekday with its day and month in the
// text ("Selasa (11/3)", "Tuesday, March 11") fits, chosen among the
// years the text names and the years next to them; when several fit,
// the one the text's years point to most (a year named counts twice, a
// neighbour once), then the later. 0 when none fits or no such date is
// written.
func weekdayYear(text string, extra int, dd when.Expr, wds []int) int {
	if len(text) > 6000 {
		text = text[:6000]
	}
	votes := map[int]int{}
	if extra != 0 {
		votes[extra] += 2
		votes[extra-1]++
		votes[extra+1]++
	}
	for i := 0; i+4 <= len(text); i++ {
		if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) || i+4 < len(text) && isDigit(text[i+4]) ||
			!isDigit(text[i+1]) || !isDigit(text[i+2]) || !isDigit(text[i+3]) {
			continue
		}
		n := int(text[i]-'0')*1000 + int(text[i+1]-'0')*100 + int(text[i+2]-'0')*10 + int(text[i+3]-'0')
		if n >= 1990 && n <= 2099 && !targetYear(text[:i]) {
			votes[n] += 2
			votes[n-1]++
			votes[n+1]++
		}
	}
	if len(votes) == 0 {
		return 0
	}
	best, found := 0, false
	// A wire dateline's day with the weekday its lead tells ("TOKYO, March
	// 22 (Yonhap) -- ... agreed Sunday") fits a year where that day is the
	// weekday or the day after it.
	// (Of the years that fit, the one the text's years point to most,
	// then the later, as below.)
	// (Any weekday of the lead may be the dateline's: "between Monday
	// and Wednesday, officials said on Friday".)
	if len(wds) > 0 {
		fit := 0
		for y, v := range votes {
			t := time.Date(y, time.Month(dd.Month), dd.Day, 0, 0, 0, 0, time.UTC)
			if t.Month() != time.Month(dd.Month) {
				continue
			}
			wd := (int(t.Weekday())+6)%7 + 1
			ok := false
			for _, w := range wds {
				ok = ok || wd == w || wd == w%7+1
			}
			if !ok {
				continue
			}
			if fit == 0 || v > votes[fit] || v == votes[fit] && y > fit {
				fit = y
			}
		}
		if fit != 0 {
			best, found = fit, true
		}
	}
	for _, e := range weekdayDates(text) {
		fit := 0
		for y, v := range votes {
			t := time.Date(y, time.Month(e.Month), e.Day, 0, 0, 0, 0, time.UTC)
			if t.Month() != time.Month(e.Month) || (int(t.Weekday())+6)%7+1 != e.Weekday {
				continue
			}
			if fit == 0 || v > votes[fit] || v == votes[fit] && y > fit {
				fit = y
			}
		}
		if fit == 0 {
			continue
		}
		if found && fit != best {
			return 0 // the dates disagree: trust none
		}
		best, found = fit, true
	}
	return best
}

// wireDayRe finds a wire dateline's month and day with no year:
// "TOKYO, March 22 (Yonhap) --", "MANILA, Aug. 5 -".
var wireDayRe = regexp.MustCompile(`^\s*\p{Lu}[\p{Lu}\p{L} .'-]{1,30},\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*(?:\([^)]{2,30}\)\s*)?(?:--|—|–|-)`)

// datelineWeekdays returns a wire dateline's day and month, when it
// gives no year, and the bare weekdays of the words after it.
func datelineWeekdays(text string) (when.Expr, []int) {
	if len(text) > 3000 {
		text = text[:3000]
	}
	// (Line by line, on each line's first words: a regex over the whole
	// text would cost a backtracking search at every line.)
	var m []int
	for off, i := 0, 0; off < len(text) && i < 16 && m == nil; i++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		if c := strings.IndexByte(line, ','); c > 0 && c <= 40 && len(line) > 0 && line[0] >= 'A' && line[0] <= 'Z' {
			head := line[:min(len(line), 90)]
			if mm := wireDayRe.FindStringSubmatchIndex(head); mm != nil {
				for j := range mm {
					if mm[j] >= 0 {
						mm[j] += off
					}
				}
				m = mm
			}
		}
		off += end + 1
	}
	if m == nil {
		return when.Expr{}, nil
	}
	mo := when.MonthNumber(text[m[2]:m[3]])
	day, _ := strconv.Atoi(text[m[4]:m[5]])
	if mo == 0 || day < 1 || day > 31 {
		return when.Expr{}, nil
	}
	end := min(m[1]+400, len(text))
	if nl := strings.IndexByte(text[m[1]:end], '\n'); nl >= 0 {
		end = m[1] + nl // (the lead's paragraph)
	}
	for end < len(text) && text[end]&0xC0 == 0x80 {
		end++
	}
	var wds []int
	for _, e := range when.Find(text[m[1]:end], 0) {
		if e.Kind == when.Day {
			return when.Expr{}, nil // the lead dates itself
		}
		if e.Kind == when.WeekdayOnly && !e.Next && !e.Prev && !e.Last {
			wds = append(wds, e.Weekday)
		}
	}
	return when.Expr{Month: mo, Day: day}, wds
}

// weekdayDates returns the dates written with a weekday, a day and a
// month but no year ("Selasa (11/3)", "Tuesday, March 11"). Only the few
// words after each weekday name are read, so a long text costs a scan
// of its words, not a search for every kind of date.
func weekdayDates(text string) []when.Expr {
	var out []when.Expr
	for i := 0; i < len(text); {
		// The next word: a run of ASCII letters.
		for i < len(text) && !isLetter(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if j-i >= 4 && j-i <= 9 && when.WeekdayNumber(text[i:j]) > 0 {
			end := min(j+40, len(text))
			for end < len(text) && text[end]&0xC0 == 0x80 {
				end++
			}
			// (A day needs a digit: most weekdays stand alone.)
			if strings.IndexAny(text[j:end], "0123456789") < 0 {
				i = j
				continue
			}
			for _, e := range when.Find(text[i:end], 0) {
				if e.Weekday != 0 && e.Day != 0 && e.Month != 0 && e.Year == 0 {
					out = append(out, e)
				}
			}
			if len(out) >= 4 {
				return out // (enough to agree or disagree on)
			}
		}
		i = j
	}
	return out
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
