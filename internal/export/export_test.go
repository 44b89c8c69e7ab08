package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"iter"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/export"
	"github.com/dyad-project/dyad/internal/store"
)

// fixtureRows returns the fixture events from the memory store plus rows
// with awkward values: commas, quotes, newlines, non-ASCII, empty lists.
func fixtureRows(t *testing.T) []store.EventRow {
	t.Helper()
	m := apitest.NewMemory()
	apitest.Load(t, m, apitest.Documents())
	var rows []store.EventRow
	for e, err := range export.FromStore(context.Background(), m, store.EventFilter{Limit: 2, Ascending: true}) {
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, e)
	}
	if len(rows) != 9 {
		t.Fatalf("FromStore gave %d rows, want 9", len(rows))
	}
	rows = append(rows,
		store.EventRow{ID: 100, DocID: 7, DocKey: "odd,\"key\"", Title: "Menlu: \"Kami\" menolak,\ntegas", Outlet: "Kompas",
			Published: "2024-02-29", Type: "THREATEN", Status: "hypothetical",
			Source: store.SideRow{ActorID: 3, Name: "Ré Tiongkok", Country: "CHN", Sector: "MIL"},
			Target: store.SideRow{Country: "TWN"},
			Date:   "2024-02-29", DateEnd: "2024-03-02", DateText: "Kamis (29/2)", Location: "Selat Taiwan", LocationCC: "TWN",
			Contexts: []string{"military", "territory"}, CAMEO: "138", QuadClass: 4, Goldstein: -7.25,
			Evidence:  []doc.Evidence{{Span: doc.Span{Start: 3, End: 40}, Text: "line one,\nline \"two\""}, {Span: doc.Span{Start: 50, End: 60}, Text: "ünïcode — ok"}},
			ClusterID: 55, NumMentions: 4, NumSources: 3},
		store.EventRow{ID: 101, DocKey: "empty", Type: "AID", Status: "reported", Contexts: []string{}, Evidence: []doc.Evidence{}},
	)
	return rows
}

// norm makes nil and empty lists equal, as the readers return empty ones.
func norm(rs []store.EventRow) []store.EventRow {
	out := make([]store.EventRow, len(rs))
	for i, r := range rs {
		if r.Contexts == nil {
			r.Contexts = []string{}
		}
		if r.Evidence == nil {
			r.Evidence = []doc.Evidence{}
		}
		out[i] = r
	}
	return out
}

// csvView keeps only the fields the csv format carries.
func csvView(rs []store.EventRow) []store.EventRow {
	out := norm(rs)
	for i := range out {
		r := &out[i]
		r.DocID, r.Source.ActorID, r.Target.ActorID, r.ClusterID, r.DateText = 0, 0, 0, 0, ""
		ev := make([]doc.Evidence, len(r.Evidence))
		for j, e := range r.Evidence {
			ev[j] = doc.Evidence{Text: e.Text}
		}
		r.Evidence = ev
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	rows := fixtureRows(t)
	for _, tc := range []struct {
		format string
		read   func(b []byte) ([]store.EventRow, error)
		want   []store.EventRow
	}{
		{"csv", func(b []byte) ([]store.EventRow, error) { return export.ReadCSV(bytes.NewReader(b)) }, csvView(rows)},
		{"jsonl", func(b []byte) ([]store.EventRow, error) { return export.ReadJSONL(bytes.NewReader(b)) }, norm(rows)},
		{"parquet", func(b []byte) ([]store.EventRow, error) {
			return export.ReadParquet(bytes.NewReader(b), int64(len(b)))
		}, norm(rows)},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := export.Write(&buf, tc.format, export.Slice(rows), export.DefaultOptions()); err != nil {
				t.Fatalf("Write: %v", err)
			}
			got, err := tc.read(buf.Bytes())
			if err != nil {
				t.Fatalf("read back: %v", err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("read %d rows, want %d", len(got), len(tc.want))
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], tc.want[i]) {
					t.Errorf("row %d:\ngot  %+v\nwant %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestCSVHeader(t *testing.T) {
	var buf bytes.Buffer
	if err := export.Write(&buf, "csv", export.Slice(nil), export.Options{}); err != nil {
		t.Fatal(err)
	}
	want := "event_id,doc_id,date,date_end,type,mode,status,source_country,source_name,source_sector," +
		"target_country,target_name,target_sector,directed,cameo,quad_class,goldstein,location,location_country," +
		"contexts,num_mentions,num_sources,outlet,published,title,evidence,url\n"
	if buf.String() != want {
		t.Errorf("header = %q, want %q", buf.String(), want)
	}
}

func TestPlover(t *testing.T) {
	rows := fixtureRows(t)
	var buf bytes.Buffer
	opt := export.Options{URL: func(id int64) string {
		if id == 7 {
			return "https://example.org/7"
		}
		return ""
	}}
	if err := export.Write(&buf, "plover", export.Slice(rows), opt); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("%d lines, want %d", len(lines), len(rows))
	}
	var p map[string]any
	if err := json.Unmarshal([]byte(lines[9]), &p); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"id": "100", "event_type": "THREATEN", "actor": "Ré Tiongkok", "actor_country": "CHN",
		"recipient": nil, "recipient_country": "TWN", "source_country": "CHN", "target_country": "TWN",
		"mode": nil, "date": "2024-02-29", "quad_class": 4.0, "goldstein": -7.25,
		"event_text": "line one,\nline \"two\" ünïcode — ok",
	}
	for k, v := range want {
		if !reflect.DeepEqual(p[k], v) {
			t.Errorf("%s = %#v, want %#v", k, p[k], v)
		}
	}
	if ctx, _ := p["context"].([]any); len(ctx) != 2 {
		t.Errorf("context = %v, want 2 entries", p["context"])
	}
	cite, _ := p["cite_info"].(map[string]any)
	if cite["doc_id"] != "odd,\"key\"" || cite["url"] != "https://example.org/7" || cite["outlet"] != "Kompas" {
		t.Errorf("cite_info = %v", cite)
	}
	var q map[string]any
	json.Unmarshal([]byte(lines[10]), &q)
	if q["context"] == nil || q["location"] != nil || q["cite_info"].(map[string]any)["url"] != nil {
		t.Errorf("empty row: context %v location %v url %v; want [], null, null", q["context"], q["location"], q["cite_info"])
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := export.Write(&bytes.Buffer{}, "xlsx", export.Slice(nil), export.Options{}); err == nil || !strings.Contains(err.Error(), "xlsx") {
		t.Errorf("Write(xlsx) = %v, want an unknown format error", err)
	}
}

// generated yields n synthetic events without holding them.
func generated(n int) iter.Seq2[store.EventRow, error] {
	return func(yield func(store.EventRow, error) bool) {
		for i := range n {
			e := store.EventRow{ID: int64(i + 1), DocID: int64(i/4 + 1), DocKey: "gen", Type: "CONSULT", Status: "reported",
				Source: store.SideRow{Country: "IDN"}, Target: store.SideRow{Country: "KHM"}, Date: "2024-01-01",
				Contexts: []string{"diplomatic"}, QuadClass: 1, Goldstein: 1,
				Evidence: []doc.Evidence{{Span: doc.Span{Start: 0, End: 10}, Text: "evidence text"}}}
			if !yield(e, nil) {
				return
			}
		}
	}
}

func TestStreamingParquetRowGroups(t *testing.T) {
	var buf bytes.Buffer
	const n = 20000
	if err := export.Write(&buf, "parquet", generated(n), export.Options{RowGroupSize: 4096}); err != nil {
		t.Fatal(err)
	}
	got, err := export.ReadParquet(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n || got[n-1].ID != n {
		t.Errorf("read %d rows, last id %d; want %d", len(got), got[len(got)-1].ID, n)
	}
}

func TestDocumentRecord(t *testing.T) {
	d := apitest.Documents()[0]
	r := export.DocumentRecord(d, true, []int64{11, 12})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	json.Unmarshal(b, &v)
	if v["doc_id"] != "fix-001" || v["dateline"] != nil || v["language"] != "en" {
		t.Errorf("record head = %v %v %v", v["doc_id"], v["dateline"], v["language"])
	}
	evs := v["events"].([]any)
	e0 := evs[0].(map[string]any)
	if e0["store_id"] != 11.0 || e0["mode"] != "visit" || e0["date_end"] != nil {
		t.Errorf("event 0 = %v", e0)
	}
	sp := e0["evidence"].([]any)[0].(map[string]any)["span"].([]any)
	if got := d.Text[int(sp[0].(float64)):int(sp[1].(float64))]; !strings.HasPrefix(got, "Indonesian Foreign Minister") {
		t.Errorf("evidence span covers %q", got)
	}
	var out bytes.Buffer
	docs := func(yield func(*doc.Document, error) bool) {
		for _, d := range apitest.Documents() {
			if !yield(d, nil) {
				return
			}
		}
	}
	if err := export.WriteDocuments(&out, docs, false); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != 5 || strings.Contains(out.String(), `"text":"JAKARTA`) {
		t.Errorf("WriteDocuments wrote %d lines (want 5) without text", n)
	}
}

func BenchmarkWrite(b *testing.B) {
	for _, f := range export.Formats {
		b.Run(f, func(b *testing.B) {
			for b.Loop() {
				var buf bytes.Buffer
				if err := export.Write(&buf, f, generated(10000), export.DefaultOptions()); err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(buf.Len()))
			}
		})
	}
}
