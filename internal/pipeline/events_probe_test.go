package pipeline_test

import (
	"encoding/json"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// eventProbes holds 240 short invented news items (120 English, 120
// Indonesian), each with every event GUIDELINES.md makes required in it;
// a fifth of them report nothing (planned, negated, hypothetical,
// background, trigger words that are no event).
const eventProbes = "../../testdata/probes/events.jsonl"

// knownEventGaps are the probe's events dyad misses, misdates or
// misdirects, and the events it reports that the items do not hold, by
// item, kind and event.
var knownEventGaps = map[string]string{
	"v003 miss AID NZL>FJI":       "aid named only in what is thanked for",
	"v006 miss ASSAULT MMR>BGD":   "an attack told in the reason for a protest",
	"v010 miss ACCUSE VNM>CHN":    "a protest named as the object of a rejection",
	"v016 miss ASSAULT ISR>SYR":   "a country's aircraft as the subject",
	"v023 miss REQUEST PAK>IGO":   "'the Fund' for the IMF",
	"v025 miss ASSAULT ISR>PSE":   "an attack told in what is condemned",
	"v047 miss AID AUS>PNG":       "training that police instructors began",
	"v053 miss AID AUS>VUT":       "aid named only in what is thanked for",
	"v054 miss REJECT PHL>CHN":    "'dismissed as fabrication a claim'",
	"v067 miss AID IGO>EGY":       "a disbursement approved",
	"v070 miss COERCE CHN>JPN":    "a detention told in a relative clause",
	"v086 miss COERCE IRN>MHL":    "a ship's flag state",
	"v115 miss CONSULT EGY>QAT":   "'telling his counterpart by phone'",
	"v157 miss AID IDN>TUR":       "aid named only in what is thanked for",
	"v199 miss AID IGO>IDN":       "a loan disbursed",
	"v221 miss CONSULT IDN>SGP":   "an agreement reached at a named meeting",
	"v126 date ACCUSE IDN>ISR":    "a condemnation dated by the attack's day",
	"v201 date SUPPORT VNM>IDN":   "support during a visit span",
	"v203 date ACCUSE MYS>CHN":    "a protest note's day in the next sentence",
	"v213 date SUPPORT MYS>IDN":   "the day in a relative clause on the aid",
	"v040 extra ACCUSE LKA>IND":   "an accusation that comes with an arrest",
	"v045 extra REJECT CHN>PHL":   "background in an analysts' sentence",
	"v054 extra AGREE PHL>CHN":    "a promise inside a claim that is denied",
	"v064 extra ACCUSE DJI>ERI":   "'in protest at' a recall",
	"v069 extra SANCTION GBR>IRN": "last month's sanctions, undated",
	"v084 extra ACCUSE CHN>RUS":   "'companies accused of' in a sanctions story",
	"v086 extra COERCE IRN>OMN":   "the sea a ship was seized in",
	"v137 extra COERCE MYS>IDN":   "a detention told as background",
	"v149 extra ASSAULT BGD>MMR":  "an attack inside a denied accusation",
	"v178 extra ASSAULT UKR>RUS":  "an attack inside an accusation",
	"v188 extra CONSULT TLS>IDN":  "a 2019 discussion, undated",
}

type probeEvent struct {
	Type, Source, Target string
	Date                 *string
	Directed             *bool
}

// TestEventProbes codes every probe item with the whole pipeline and
// checks each required event's type, sides, direction and date, and that
// nothing else is reported.
func TestEventProbes(t *testing.T) {
	p := newPipeline(t, "")
	items := eachProbe(t, eventProbes, func(line []byte) {
		var r struct {
			ID, Lang, Published, Text string
			Events                    []probeEvent
		}
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		d := &doc.Document{ID: r.ID, Raw: r.Text, Published: r.Published, InputLanguage: r.Lang}
		p.Process(d)
		var got []doc.Event
		for _, e := range d.Events {
			if e.Status == doc.Reported {
				got = append(got, e)
			}
		}
		used := make([]bool, len(got))
		check := func(kind string, e probeEvent, bad bool) {
			key := r.ID + " " + kind + " " + e.Type + " " + e.Source + ">" + e.Target
			if why, known := knownEventGaps[key]; known {
				if !bad {
					t.Errorf("%s (%s) is right now: remove it from knownEventGaps", key, why)
				}
				return
			}
			if bad {
				t.Errorf("%s", key)
			}
		}
		for _, w := range r.Events {
			m := -1
			for i, e := range got {
				if !used[i] && e.Type == w.Type && (e.Source.Country == w.Source && e.Target.Country == w.Target || e.Source.Country == w.Target && e.Target.Country == w.Source) {
					m = i
					break
				}
			}
			check("miss", w, m < 0)
			if m < 0 {
				continue
			}
			used[m] = true
			e := got[m]
			want := ""
			if w.Date != nil {
				want = *w.Date
			}
			directed := w.Directed == nil || *w.Directed
			check("date", w, e.Date != want || directed && w.Source != w.Target && e.Source.Country != w.Source)
		}
		for i, e := range got {
			if !used[i] {
				check("extra", probeEvent{Type: e.Type, Source: e.Source.Country, Target: e.Target.Country}, true)
			}
		}
	})
	if items < 240 {
		t.Fatalf("read %d items, want the whole file", items)
	}
}
