package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// CSVHeader is the header row of the csv format, in column order:
//
//	event_id          store event id
//	doc_id            the document's doc_id (record id)
//	date, date_end    YYYY-MM-DD or empty
//	type, mode        PLOVER event type and mode
//	status            reported, planned, negated, hypothetical
//	source_country, source_name, source_sector
//	target_country, target_name, target_sector
//	directed          true or false
//	cameo, quad_class, goldstein
//	location, location_country
//	contexts          PLOVER contexts joined with ";"
//	num_mentions, num_sources  size of the event's cluster across documents
//	outlet, published, title   the document's metadata
//	evidence          evidence texts joined with " | "
//	url               the document's URL
var CSVHeader = []string{
	"event_id", "doc_id", "date", "date_end", "type", "mode", "status",
	"source_country", "source_name", "source_sector",
	"target_country", "target_name", "target_sector",
	"directed", "cameo", "quad_class", "goldstein",
	"location", "location_country", "contexts",
	"num_mentions", "num_sources", "outlet", "published", "title", "evidence", "url",
}

const evidenceSep = " | "

type csvWriter struct {
	w   *csv.Writer
	rec []string
}

func newCSVWriter(w io.Writer) (*csvWriter, error) {
	cw := &csvWriter{w: csv.NewWriter(w), rec: make([]string, len(CSVHeader))}
	if err := cw.w.Write(CSVHeader); err != nil {
		return nil, err
	}
	return cw, nil
}

func (c *csvWriter) Write(e *store.EventRow) error {
	ev := make([]string, len(e.Evidence))
	for i, x := range e.Evidence {
		ev[i] = x.Text
	}
	r := c.rec
	r[0] = strconv.FormatInt(e.ID, 10)
	r[1] = e.DocKey
	r[2], r[3] = e.Date, e.DateEnd
	r[4], r[5], r[6] = e.Type, e.Mode, e.Status
	r[7], r[8], r[9] = e.Source.Country, e.Source.Name, e.Source.Sector
	r[10], r[11], r[12] = e.Target.Country, e.Target.Name, e.Target.Sector
	r[13] = strconv.FormatBool(e.Directed)
	r[14] = e.CAMEO
	r[15] = strconv.Itoa(e.QuadClass)
	r[16] = strconv.FormatFloat(e.Goldstein, 'g', -1, 64)
	r[17], r[18] = e.Location, e.LocationCC
	r[19] = strings.Join(e.Contexts, ";")
	r[20] = strconv.Itoa(e.NumMentions)
	r[21] = strconv.Itoa(e.NumSources)
	r[22], r[23], r[24] = e.Outlet, e.Published, e.Title
	r[25] = strings.Join(ev, evidenceSep)
	r[26] = e.URL
	return c.w.Write(r)
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}

// ReadCSV reads events written in the csv format. Fields the format does
// not carry (document store id, actor ids, cluster id, date text, evidence
// spans) are left zero.
func ReadCSV(r io.Reader) ([]store.EventRow, error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("export: csv header: %w", err)
	}
	if strings.Join(head, ",") != strings.Join(CSVHeader, ",") {
		return nil, fmt.Errorf("export: csv header is %q, want %q", head, CSVHeader)
	}
	var out []store.EventRow
	for line := 2; ; line++ {
		r, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		var e store.EventRow
		var perr error
		num := func(s string) int64 {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil && perr == nil {
				perr = err
			}
			return n
		}
		e.ID = num(r[0])
		e.DocKey = r[1]
		e.Date, e.DateEnd = r[2], r[3]
		e.Type, e.Mode, e.Status = r[4], r[5], r[6]
		e.Source = store.SideRow{Country: r[7], Name: r[8], Sector: r[9]}
		e.Target = store.SideRow{Country: r[10], Name: r[11], Sector: r[12]}
		e.Directed = r[13] == "true"
		e.CAMEO = r[14]
		e.QuadClass = int(num(r[15]))
		if e.Goldstein, err = strconv.ParseFloat(r[16], 64); err != nil && perr == nil {
			perr = err
		}
		e.Location, e.LocationCC = r[17], r[18]
		e.Contexts = []string{}
		if r[19] != "" {
			e.Contexts = strings.Split(r[19], ";")
		}
		e.NumMentions = int(num(r[20]))
		e.NumSources = int(num(r[21]))
		e.Outlet, e.Published, e.Title = r[22], r[23], r[24]
		e.URL = r[26]
		e.Evidence = []doc.Evidence{}
		if r[25] != "" {
			for _, t := range strings.Split(r[25], evidenceSep) {
				e.Evidence = append(e.Evidence, doc.Evidence{Text: t})
			}
		}
		if perr != nil {
			return nil, fmt.Errorf("export: csv line %d: %w", line, perr)
		}
		out = append(out, e)
	}
}
