package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// months maps English and Indonesian month names and abbreviations, lower
// case and without a final period, to their numbers.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "januari": 1,
	"february": 2, "feb": 2, "februari": 2, "pebruari": 2, "peb": 2,
	"march": 3, "mar": 3, "maret": 3,
	"april": 4, "apr": 4,
	"may": 5, "mei": 5,
	"june": 6, "jun": 6, "juni": 6,
	"july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8, "agustus": 8, "agu": 8, "ags": 8, "agt": 8, "agust": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11, "nop": 11, "nopember": 11,
	"december": 12, "dec": 12, "desember": 12, "des": 12,
}

var (
	isoDate = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])`)
	compact = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|T)`)
	dmyDate = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|\s)`)
)

// Date normalises a date or timestamp to YYYY-MM-DD. It reads ISO 8601
// and RFC 3339 ("2023-11-22", "2023-11-22T10:15:00+07:00", "2023-11-22
// 10:15:00"), RFC 1123 and RFC 822 as used by feeds, and dates written
// with English or Indonesian month names ("Kamis, 04 Agu 2022 10:15:00
// +0700", "4 Agustus 2022", "August 4, 2022"). The date is the one
// written, in the writer's time zone, not converted to UTC. Day-first
// numeric dates ("24/01/2023") are read only when unambiguous. ok is
// false when s holds no date it can read.
func Date(s string) (date string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := compact.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := dmyDate.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		switch {
		case d > 12 && mo <= 12:
			return ymd(m[3], m[2], m[1])
		case mo > 12 && d <= 12:
			return ymd(m[3], m[1], m[2])
		}
		return "", false
	}
	return wordDate(s)
}

func ymd(ys, ms, ds string) (string, bool) {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	return validDate(y, time.Month(m), d)
}

func validDate(y int, m time.Month, d int) (string, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 31 April
	}
	return t.Format(time.DateOnly), true
}

// wordDate reads a date written with a month name: it needs a month, a
// day of one or two digits and a four-digit year, and skips weekday
// names, times ("10:15:00") and zone offsets ("+0700").
func wordDate(s string) (string, bool) {
	var (
		month     time.Month
		day, year int
	)
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			w := strings.ToLower(string(rs[i:j]))
			if m, ok := months[w]; ok && month == 0 {
				month = m
			}
			i = j
		case r >= '0' && r <= '9':
			j := i
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			timePart := (i > 0 && (rs[i-1] == ':' || rs[i-1] == '+' || rs[i-1] == '-' && i > 1 && rs[i-2] == ' ')) ||
				(j < len(rs) && rs[j] == ':')
			if !timePart {
				n, _ := strconv.Atoi(string(rs[i:j]))
				switch {
				case j-i == 4 && year == 0:
					year = n
				case j-i <= 2 && day == 0 && n >= 1 && n <= 31:
					day = n
				}
			}
			i = j
		default:
			i++
		}
	}
	if month == 0 || day == 0 || year == 0 {
		return "", false
	}
	return validDate(year, month, day)
}
