// Package storetest is the conformance suite every store.Store backend
// runs: Run(t, open) with a function that opens an empty store.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// Run runs the conformance suite. open must return a new, empty store for
// each call; Run closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"ExactDuplicate", testExactDuplicate},
		{"NearDuplicate", testNearDuplicate},
		{"Search", testSearch},
		{"EventFilters", testEventFilters},
		{"Pagination", testPagination},
		{"BadFilter", testBadFilter},
		{"Dyad", testDyad},
		{"Network", testNetwork},
		{"Registry", testRegistry},
		{"PinActor", testPinActor},
		{"MergeActors", testMergeActors},
		{"Clustering", testClustering},
		{"EventByID", testEventByID},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tc.fn(t, s)
		})
	}
}

func put(t *testing.T, s store.Store, d *doc.Document, want store.PutStatus) store.PutResult {
	t.Helper()
	r, err := s.PutDocument(context.Background(), d)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", d.ID, err)
	}
	if r.Status != want {
		t.Fatalf("PutDocument(%s).Status = %q, want %q (result %+v)", d.ID, r.Status, want, r)
	}
	return r
}

// putNew stores a document that must not be an exact duplicate; a near
// duplicate is fine.
func putNew(t *testing.T, s store.Store, d *doc.Document) store.PutResult {
	t.Helper()
	r, err := s.PutDocument(context.Background(), d)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", d.ID, err)
	}
	if r.Status == store.Duplicate {
		t.Fatalf("PutDocument(%s) is a duplicate of %d", d.ID, r.DuplicateOf)
	}
	return r
}

func jsonString(v any) string {
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b)
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	d := richDoc()
	r := put(t, s, d, store.Stored)
	if r.ID == 0 || r.DuplicateOf != 0 {
		t.Fatalf("PutResult = %+v, want an id and no DuplicateOf", r)
	}
	for _, a := range d.Actors {
		if (a.RegistryID == 0) != (a.Kind == doc.KindCountry) {
			t.Errorf("actor %s (%s) RegistryID = %d", a.ID, a.Kind, a.RegistryID)
		}
	}
	sum := sha256.Sum256([]byte(d.Text))
	for _, get := range []struct {
		name string
		fn   func() (*store.StoredDocument, error)
	}{
		{"Document", func() (*store.StoredDocument, error) { return s.Document(ctx, r.ID) }},
		{"DocumentByKey", func() (*store.StoredDocument, error) { return s.DocumentByKey(ctx, d.ID) }},
	} {
		sd, err := get.fn()
		if err != nil {
			t.Fatalf("%s: %v", get.name, err)
		}
		if !reflect.DeepEqual(sd.Doc, d) {
			t.Errorf("%s: document differs\ngot:  %s\nwant: %s", get.name, jsonString(sd.Doc), jsonString(d))
		}
		if sd.ID != r.ID || sd.Key != d.ID || sd.Title != d.Title || sd.Outlet != d.Outlet || sd.Published != d.Published ||
			sd.Language != d.Language || sd.URL != d.URL || sd.Origin != d.Origin || sd.Events != 3 || sd.DuplicateOf != 0 {
			t.Errorf("%s: summary = %+v", get.name, sd.DocSummary)
		}
		if sd.IngestedAt.IsZero() {
			t.Errorf("%s: IngestedAt is zero", get.name)
		}
		if sd.ContentHash != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: ContentHash = %q, want SHA-256 of the text", get.name, sd.ContentHash)
		}
		if len(sd.EventIDs) != 3 || sd.EventIDs[0] == 0 {
			t.Errorf("%s: EventIDs = %v", get.name, sd.EventIDs)
		}
		// Event ids lead to the same events.
		page, err := s.Events(ctx, store.EventFilter{DocID: r.ID, Ascending: true})
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, e := range page.Events {
			got = append(got, e.ID)
		}
		want := slices.Clone(sd.EventIDs)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: events of doc = %v, want %v", get.name, got, want)
		}
	}
	// A minimal document round-trips too.
	min := &doc.Document{ID: "min", Text: "Short."}
	r2 := put(t, s, min, store.Stored)
	sd, err := s.Document(ctx, r2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sd.Doc, &doc.Document{ID: "min", Text: "Short."}) {
		t.Errorf("minimal document: got %s", jsonString(sd.Doc))
	}
}

func testExactDuplicate(t *testing.T, s store.Store) {
	ctx := context.Background()
	first := put(t, s, richDoc(), store.Stored)
	again := richDoc()
	again.ID, again.Outlet = "other-key", "Other"
	r := put(t, s, again, store.Duplicate)
	if r.ID != first.ID || r.DuplicateOf != first.ID {
		t.Errorf("duplicate result = %+v, want ID and DuplicateOf %d", r, first.ID)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Events != 3 {
		t.Errorf("Stats = %+v, want 1 document, 3 events", st)
	}
	a, err := s.LookupActor(ctx, "Sergey Lavrov")
	if err != nil || len(a) != 1 || a[0].Documents != 1 {
		t.Errorf("LookupActor after duplicate = %+v, %v; want one actor in one document", a, err)
	}
}

func testNearDuplicate(t *testing.T, s store.Store) {
	ctx := context.Background()
	body := storyText(7, 450)
	a := &doc.Document{ID: "near-a", Outlet: "Kompas", Published: "2024-03-01",
		Text: "HOME | NEWS | WORLD\n\n" + body + "\n\nRead more: Follow us on Twitter"}
	b := &doc.Document{ID: "near-b", Outlet: "Detik", Published: "2024-03-01",
		Text: "Advertisement\n\n" + body + "\n\nBaca juga: berita lainnya hari ini\n\nCopyright 2024 Detik"}
	c := &doc.Document{ID: "near-c", Outlet: "Detik", Published: "2024-03-02", Text: storyText(8, 450)}
	ra := put(t, s, a, store.Stored)
	rb := put(t, s, b, store.NearDuplicate)
	if rb.DuplicateOf != ra.ID || rb.ID == ra.ID {
		t.Errorf("near duplicate result = %+v, want a new id and DuplicateOf %d", rb, ra.ID)
	}
	put(t, s, c, store.Stored)
	sd, err := s.Document(ctx, rb.ID)
	if err != nil {
		t.Fatal(err)
	}
	if sd.DuplicateOf != ra.ID {
		t.Errorf("stored DuplicateOf = %d, want %d", sd.DuplicateOf, ra.ID)
	}
	// A third copy links to the first, not the second.
	third := &doc.Document{ID: "near-d", Text: "Photo: Reuters\n\n" + body}
	if r := put(t, s, third, store.NearDuplicate); r.DuplicateOf != ra.ID {
		t.Errorf("third copy DuplicateOf = %d, want %d", r.DuplicateOf, ra.ID)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	rich := put(t, s, richDoc(), store.Stored)
	same := put(t, s, sameStoryDoc(), store.Stored)
	for _, d := range gridDocs(3) {
		put(t, s, d, store.Stored)
	}
	any := []int64{-1} // only no error is required
	tests := []struct {
		name  string
		query string
		want  []int64
	}{
		{"word", "Lavrov", []int64{same.ID, rich.ID}},
		{"two words", "Prak Sokhonn", []int64{rich.ID}},
		{"phrase", `"Phnom Penh"`, []int64{same.ID, rich.ID}},
		{"prefix", "Lav*", []int64{same.ID, rich.ID}},
		{"or", "Sokhonn OR reporters", []int64{same.ID, rich.ID}},
		{"case and diacritics", "LAVRÖV", []int64{same.ID, rich.ID}},
		{"title", "meets", []int64{same.ID}},
		{"no match", "zebra", nil},
		// regressions: FTS5 syntax in user input is taken as words
		{"stray quote", `Lavrov"`, []int64{same.ID, rich.ID}},
		{"lone quote", `"`, nil},
		{"AND(", `AND(`, any},
		{"NEAR(", `NEAR(Lavrov`, any},
		{"column filter", `title:Lavrov`, nil},
		{"parens", `)(`, nil},
		{"star", `*`, nil},
		{"or only", `OR`, nil},
		{"minus", `-Lavrov`, []int64{same.ID, rich.ID}},
		{"unbalanced", `"Phnom Penh`, []int64{same.ID, rich.ID}},
		{"operators", `Lavrov AND OR NOT ^ + : { }`, any},
	}
	for _, tc := range tests {
		got, next, err := s.Documents(ctx, store.DocFilter{Query: tc.query})
		if err != nil {
			t.Errorf("%s: Documents(%q): %v", tc.name, tc.query, err)
			continue
		}
		var ids []int64
		for _, g := range got {
			ids = append(ids, g.ID)
			if g.Snippet == "" {
				t.Errorf("%s: document %d has no snippet", tc.name, g.ID)
			}
		}
		if !slices.Equal(tc.want, any) && (!slices.Equal(ids, tc.want) || next != "") {
			t.Errorf("%s: Documents(%q) = %v (next %q), want %v", tc.name, tc.query, ids, next, tc.want)
		}
	}
	got, _, err := s.Documents(ctx, store.DocFilter{Query: "Sokhonn"})
	if err != nil || len(got) != 1 || !strings.Contains(got[0].Snippet, "Sokhonn") {
		t.Errorf("snippet = %+v, %v; want it to contain Sokhonn", got, err)
	}

	// Listing: newest first, paged.
	all, next, err := s.Documents(ctx, store.DocFilter{})
	if err != nil || len(all) != 5 || next != "" {
		t.Fatalf("Documents() = %d docs, next %q, %v; want 5", len(all), next, err)
	}
	for i := 1; i < len(all); i++ {
		if all[i-1].Published < all[i].Published {
			t.Errorf("Documents not newest first: %s before %s", all[i-1].Published, all[i].Published)
		}
	}
	if all[0].Events == 0 && all[0].Key != "" {
		for _, d := range all {
			if d.Key == "seed-002" && d.Events != 3 {
				t.Errorf("summary events = %d, want 3", d.Events)
			}
		}
	}
	var paged []int64
	cursor := ""
	for range 10 {
		page, next, err := s.Documents(ctx, store.DocFilter{Limit: 2, Cursor: cursor})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range page {
			paged = append(paged, d.ID)
		}
		if next == "" {
			break
		}
		cursor = next
	}
	var want []int64
	for _, d := range all {
		want = append(want, d.ID)
	}
	if !slices.Equal(paged, want) {
		t.Errorf("paged documents = %v, want %v", paged, want)
	}
	// Search results page too.
	p1, next, err := s.Documents(ctx, store.DocFilter{Query: "Lavrov", Limit: 1})
	if err != nil || len(p1) != 1 || next == "" {
		t.Fatalf("search page 1 = %v, %q, %v", p1, next, err)
	}
	p2, next2, err := s.Documents(ctx, store.DocFilter{Query: "Lavrov", Limit: 1, Cursor: next})
	if err != nil || len(p2) != 1 || next2 != "" || p2[0].ID == p1[0].ID {
		t.Errorf("search page 2 = %v, %q, %v", p2, next2, err)
	}
}

// putAll stores docs and returns every event with its store id.
func putAll(t *testing.T, s store.Store, docs []*doc.Document) map[int64]ref {
	t.Helper()
	ctx := context.Background()
	refs := map[int64]ref{}
	for _, d := range docs {
		r := put(t, s, d, store.Stored)
		sd, err := s.Document(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		for i, id := range sd.EventIDs {
			refs[id] = ref{d: d, e: &d.Events[i], docID: r.ID}
		}
	}
	return refs
}

// collect pages through f and returns the event ids in order.
func collect(t *testing.T, s store.Store, f store.EventFilter) []store.EventRow {
	t.Helper()
	var out []store.EventRow
	seen := map[int64]bool{}
	for range 1000 {
		page, err := s.Events(context.Background(), f)
		if err != nil {
			t.Fatalf("Events(%+v): %v", f, err)
		}
		if f.Limit > 0 && len(page.Events) > f.Limit {
			t.Fatalf("page of %d events, limit %d", len(page.Events), f.Limit)
		}
		for _, e := range page.Events {
			if seen[e.ID] {
				t.Fatalf("event %d returned twice", e.ID)
			}
			seen[e.ID] = true
			out = append(out, e)
		}
		if page.NextCursor == "" {
			return out
		}
		if len(page.Events) == 0 {
			t.Fatalf("empty page with a next cursor")
		}
		f.Cursor = page.NextCursor
	}
	t.Fatal("too many pages")
	return nil
}

func testEventFilters(t *testing.T, s store.Store) {
	docs := append([]*doc.Document{richDoc(), sameStoryDoc()}, gridDocs(12)...)
	refs := putAll(t, s, docs)
	lavrov := docs[0].Actors[1].RegistryID
	var someDoc int64
	for _, r := range refs {
		if r.d.ID == "grid-004" {
			someDoc = r.docID
		}
	}
	tests := []struct {
		name string
		f    store.EventFilter
	}{
		{"all", store.EventFilter{}},
		{"country", store.EventFilter{Country: "IDN"}},
		{"country lower case", store.EventFilter{Country: "khm"}},
		{"pair", store.EventFilter{Pair: [2]string{"RUS", "KHM"}}},
		{"pair reversed", store.EventFilter{Pair: [2]string{"khm", "rus"}}},
		{"pair with IDN", store.EventFilter{Pair: [2]string{"KHM", "idn"}}},
		{"actor id", store.EventFilter{ActorID: lavrov}},
		{"actor name", store.EventFilter{Actor: "lavrov"}},
		{"actor name wildcard", store.EventFilter{Actor: "%"}},
		{"type", store.EventFilter{Type: "consult"}},
		{"quad class", store.EventFilter{QuadClass: 3}},
		{"context", store.EventFilter{Context: "military"}},
		{"status", store.EventFilter{Status: doc.Planned}},
		{"from", store.EventFilter{From: "2024-06-01"}},
		{"to", store.EventFilter{To: "2024-03-31"}},
		{"from to", store.EventFilter{From: "2024-02-01", To: "2024-05-31"}},
		{"text", store.EventFilter{Text: "nickel"}},
		{"text no match", store.EventFilter{Text: "zebra"}},
		{"doc", store.EventFilter{DocID: someDoc}},
		{"combined", store.EventFilter{Country: "IDN", Status: doc.Reported, QuadClass: 2}},
		{"combined text", store.EventFilter{Text: "rice", From: "2024-01-01", Type: "AGREE"}},
	}
	for _, tc := range tests {
		var want []int64
		for id, r := range refs {
			if matches(tc.f, r) {
				want = append(want, id)
			}
		}
		slices.Sort(want)
		for _, limit := range []int{0, 3} {
			for _, asc := range []bool{false, true} {
				f := tc.f
				f.Limit, f.Ascending = limit, asc
				rows := collect(t, s, f)
				var got []int64
				for _, r := range rows {
					got = append(got, r.ID)
				}
				checkOrder(t, tc.name, rows, asc)
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("%s (limit %d, asc %v): got %d events %v, want %d %v", tc.name, limit, asc, len(got), got, len(want), want)
				}
			}
		}
		if tc.name == "all" && len(want) != 3+1+36 {
			t.Errorf("fixture has %d events, want 40", len(want))
		}
		if tc.name != "all" && tc.name != "actor name wildcard" && !strings.Contains(tc.name, "no match") && (len(want) == 0 || len(want) == len(refs)) {
			t.Errorf("%s: fixture selects %d of %d events; the case tests nothing", tc.name, len(want), len(refs))
		}
	}
	// Rows carry their document and the event's fields.
	rows := collect(t, s, store.EventFilter{DocID: refs[firstKey(refs, "seed-002")].docID, Ascending: true})
	if len(rows) != 3 {
		t.Fatalf("seed-002 events = %d", len(rows))
	}
	for _, r := range rows {
		ref := refs[r.ID]
		e := ref.e
		if r.DocKey != "seed-002" || r.Title != ref.d.Title || r.Outlet != "Xinhua" || r.Published != "2022-08-05" ||
			r.Type != e.Type || r.Mode != e.Mode || r.Status != e.Status || r.Date != e.Date || r.DateEnd != e.DateEnd ||
			r.DateText != e.DateText || r.CAMEO != e.CAMEO || r.QuadClass != e.QuadClass || r.Goldstein != e.Goldstein ||
			r.Directed != e.Directed || r.Source.Name != e.Source.Name || r.Target.Country != e.Target.Country ||
			r.Source.Sector != e.Source.Sector || !reflect.DeepEqual(r.Evidence, e.Evidence) ||
			!slices.Equal(r.Contexts, e.Contexts) || r.ClusterID == 0 || r.NumMentions < 1 || r.NumSources < 1 {
			t.Errorf("row %+v does not match event %+v", r, e)
		}
		if e.Location != nil && (r.Location != e.Location.Name || r.LocationCC != e.Location.Country) {
			t.Errorf("row location %q %q, want %+v", r.Location, r.LocationCC, e.Location)
		}
		if e.Source.Actor == "A2" && r.Source.ActorID != lavrov {
			t.Errorf("row source actor = %d, want %d", r.Source.ActorID, lavrov)
		}
		if e.Target.Actor == "" && r.Target.ActorID != 0 {
			t.Errorf("country-only side has actor id %d", r.Target.ActorID)
		}
	}
}

func firstKey(refs map[int64]ref, key string) int64 {
	for id, r := range refs {
		if r.d.ID == key {
			return id
		}
	}
	return 0
}

// checkOrder checks rows are sorted by (date, id) with empty dates last.
func checkOrder(t *testing.T, name string, rows []store.EventRow, asc bool) {
	t.Helper()
	key := func(r store.EventRow) string {
		if r.Date == "" {
			if asc {
				return "~"
			}
			return ""
		}
		return r.Date
	}
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1], rows[i]
		ka, kb := key(a), key(b)
		var ok bool
		if asc {
			ok = ka < kb || ka == kb && a.ID < b.ID
		} else {
			ok = ka > kb || ka == kb && a.ID > b.ID
		}
		if !ok {
			t.Errorf("%s (asc %v): row %d (%s, %d) out of order after (%s, %d)", name, asc, i, b.Date, b.ID, a.Date, a.ID)
			return
		}
	}
}

func testPagination(t *testing.T, s store.Store) {
	refs := putAll(t, s, gridDocs(20))
	undated := 0
	for _, r := range refs {
		if r.e.Date == "" {
			undated++
		}
	}
	if undated == 0 {
		t.Fatal("fixture has no undated events")
	}
	for _, asc := range []bool{false, true} {
		full := collect(t, s, store.EventFilter{Limit: 500, Ascending: asc})
		if len(full) != len(refs) {
			t.Fatalf("one page holds %d events, want %d", len(full), len(refs))
		}
		checkOrder(t, "full", full, asc)
		if full[len(full)-1].Date != "" {
			t.Errorf("asc %v: last event dated %q, want undated events last", asc, full[len(full)-1].Date)
		}
		for _, limit := range []int{1, 4, 7, 59, 60, 61} {
			got := collect(t, s, store.EventFilter{Limit: limit, Ascending: asc})
			if len(got) != len(full) {
				t.Errorf("limit %d asc %v: %d events, want %d", limit, asc, len(got), len(full))
				continue
			}
			for i := range got {
				if got[i].ID != full[i].ID {
					t.Errorf("limit %d asc %v: event %d is %d, want %d", limit, asc, i, got[i].ID, full[i].ID)
					break
				}
			}
		}
	}
	// A page that ends exactly at the last event has no next cursor.
	page, err := s.Events(context.Background(), store.EventFilter{Limit: len(refs)})
	if err != nil || page.NextCursor != "" || len(page.Events) != len(refs) {
		t.Errorf("exact page: %d events, next %q, %v", len(page.Events), page.NextCursor, err)
	}
}

func testBadFilter(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s, gridDocs(4))
	page, err := s.Events(ctx, store.EventFilter{Limit: 2})
	if err != nil || page.NextCursor == "" {
		t.Fatalf("Events: %v, %q", err, page.NextCursor)
	}
	_, docCursor, err := s.Documents(ctx, store.DocFilter{Limit: 1})
	if err != nil || docCursor == "" {
		t.Fatalf("Documents: %v, %q", err, docCursor)
	}
	events := []struct {
		name string
		f    store.EventFilter
	}{
		{"limit negative", store.EventFilter{Limit: -1}},
		{"limit too big", store.EventFilter{Limit: 501}},
		{"cursor not base64", store.EventFilter{Cursor: "!!!"}},
		{"cursor garbage", store.EventFilter{Cursor: "Z2FyYmFnZQ"}},
		{"cursor of documents", store.EventFilter{Cursor: docCursor}},
		{"cursor other direction", store.EventFilter{Cursor: page.NextCursor, Ascending: true}},
		{"quad class", store.EventFilter{QuadClass: 5}},
		{"from", store.EventFilter{From: "2024-13-01"}},
		{"to", store.EventFilter{To: "yesterday"}},
		{"status", store.EventFilter{Status: "maybe"}},
		{"pair half", store.EventFilter{Pair: [2]string{"IDN", ""}}},
	}
	for _, tc := range events {
		if _, err := s.Events(ctx, tc.f); !errors.Is(err, store.ErrBadFilter) {
			t.Errorf("Events(%s) error = %v, want ErrBadFilter", tc.name, err)
		}
	}
	docs := []struct {
		name string
		f    store.DocFilter
	}{
		{"limit", store.DocFilter{Limit: 1000}},
		{"cursor", store.DocFilter{Cursor: "%%%"}},
		{"cursor of events", store.DocFilter{Cursor: page.NextCursor}},
	}
	for _, tc := range docs {
		if _, _, err := s.Documents(ctx, tc.f); !errors.Is(err, store.ErrBadFilter) {
			t.Errorf("Documents(%s) error = %v, want ErrBadFilter", tc.name, err)
		}
	}
	if _, err := s.Dyad(ctx, "IDN", "KHM", store.DyadFilter{Interval: "year"}); !errors.Is(err, store.ErrBadFilter) {
		t.Errorf("Dyad(interval year) error = %v, want ErrBadFilter", err)
	}
	if _, err := s.Dyad(ctx, "IDN", "KHM", store.DyadFilter{From: "2024/01/01"}); !errors.Is(err, store.ErrBadFilter) {
		t.Errorf("Dyad(bad from) error = %v, want ErrBadFilter", err)
	}
	if _, err := s.Network(ctx, store.NetworkFilter{QuadClass: 9}); !errors.Is(err, store.ErrBadFilter) {
		t.Errorf("Network(quad 9) error = %v, want ErrBadFilter", err)
	}
	if _, err := s.Actors(ctx, store.ActorFilter{Limit: -5}); !errors.Is(err, store.ErrBadFilter) {
		t.Errorf("Actors(limit -5) error = %v, want ErrBadFilter", err)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func testDyad(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, richDoc(), store.Stored)
	put(t, s, sameStoryDoc(), store.Stored)
	later := sameStoryDoc()
	later.ID, later.Text = "later", later.Text+" Later."
	later.Events[0].Date, later.Events[0].Type, later.Events[0].QuadClass, later.Events[0].Goldstein = "2022-09-12", "ACCUSE", 3, -2
	putNew(t, s, later)

	st, err := s.Dyad(ctx, "RUS", "khm", store.DyadFilter{})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Bucket{
		{Period: "2022-08", Type: "AGREE", QuadClass: 1, Count: 1, Goldstein: 8},
		{Period: "2022-08", Type: "CONSULT", QuadClass: 1, Count: 2, Goldstein: 1.9},
		{Period: "2022-09", Type: "ACCUSE", QuadClass: 3, Count: 1, Goldstein: -2},
	}
	if st.A != "RUS" || st.B != "KHM" || st.Interval != "month" || st.Total != 4 || !near(st.MeanGoldstein, (8+1.9+1.9-2)/4) {
		t.Errorf("Dyad = %+v", st)
	}
	if !reflect.DeepEqual(st.Buckets, want) {
		t.Errorf("month buckets = %+v, want %+v", st.Buckets, want)
	}
	if !reflect.DeepEqual(st.TopContexts, []store.Count{{Name: "diplomatic", Count: 4}}) {
		t.Errorf("top contexts = %+v", st.TopContexts)
	}
	if len(st.Latest) != 4 || st.Latest[0].Date != "2022-09-12" {
		t.Errorf("latest = %d events, first %+v", len(st.Latest), st.Latest)
	}
	for _, e := range st.Latest {
		if e.Status != doc.Reported {
			t.Errorf("latest holds a %s event", e.Status)
		}
	}

	wk, err := s.Dyad(ctx, "KHM", "RUS", store.DyadFilter{Interval: "week", From: "2022-08-01", To: "2022-08-31", Latest: 1})
	if err != nil {
		t.Fatal(err)
	}
	want = []store.Bucket{
		{Period: "2022-W31", Type: "AGREE", QuadClass: 1, Count: 1, Goldstein: 8},
		{Period: "2022-W31", Type: "CONSULT", QuadClass: 1, Count: 2, Goldstein: 1.9},
	}
	if wk.Total != 3 || !reflect.DeepEqual(wk.Buckets, want) || len(wk.Latest) != 1 {
		t.Errorf("week dyad = %+v", wk)
	}
	empty, err := s.Dyad(ctx, "USA", "CHN", store.DyadFilter{})
	if err != nil || empty.Total != 0 || len(empty.Buckets) != 0 || empty.Buckets == nil {
		t.Errorf("empty dyad = %+v, %v", empty, err)
	}
}

func testNetwork(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, richDoc(), store.Stored)
	put(t, s, sameStoryDoc(), store.Stored)
	b := article("domestic", "Kompas", "2024-05-01", "id", "Domestic",
		"Polisi Indonesia menangkap demonstran di Jakarta pada hari Rabu kemarin menurut laporan resmi.",
		"Pejabat yang tidak disebutkan namanya mengecam Amerika Serikat atas tarif baru.")
	b.event(doc.Event{Type: "COERCE", Source: side("", "Polisi", "IDN", "COP"), Target: side("", "demonstran", "IDN", "CVL"), Date: "2024-05-01", QuadClass: 4, Goldstein: -5})
	b.event(doc.Event{Type: "ACCUSE", Source: side("", "Pejabat", "", ""), Target: side("", "Amerika Serikat", "USA", ""), Date: "2024-05-01", QuadClass: 3, Goldstein: -2})
	put(t, s, b.d, store.Stored)

	net, err := s.Network(ctx, store.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wantNodes := []store.Node{{Country: "KHM", Events: 3}, {Country: "RUS", Events: 3}, {Country: "IDN", Events: 1}}
	if !reflect.DeepEqual(net.Nodes, wantNodes) {
		t.Errorf("nodes = %+v, want %+v", net.Nodes, wantNodes)
	}
	if len(net.Edges) != 1 || net.Edges[0].A != "KHM" || net.Edges[0].B != "RUS" || net.Edges[0].Count != 3 ||
		!near(net.Edges[0].MeanGoldstein, (1.9+8+1.9)/3) {
		t.Errorf("edges = %+v", net.Edges)
	}
	planned, err := s.Network(ctx, store.NetworkFilter{Status: doc.Planned})
	if err != nil || len(planned.Edges) != 1 || planned.Edges[0].Count != 1 {
		t.Errorf("planned network = %+v, %v", planned, err)
	}
	q3, err := s.Network(ctx, store.NetworkFilter{QuadClass: 4, From: "2024-01-01", To: "2024-12-31"})
	if err != nil || len(q3.Edges) != 0 || !reflect.DeepEqual(q3.Nodes, []store.Node{{Country: "IDN", Events: 1}}) {
		t.Errorf("quad 4 network = %+v, %v", q3, err)
	}
}

func testRegistry(t *testing.T, s store.Store) {
	ctx := context.Background()
	rich, same := richDoc(), sameStoryDoc()
	put(t, s, rich, store.Stored)
	put(t, s, same, store.Stored)
	if rich.Actors[0].RegistryID != same.Actors[0].RegistryID || rich.Actors[1].RegistryID != same.Actors[1].RegistryID {
		t.Fatalf("registry ids: rich %d %d, same story %d %d; want the same people linked",
			rich.Actors[0].RegistryID, rich.Actors[1].RegistryID, same.Actors[0].RegistryID, same.Actors[1].RegistryID)
	}
	for _, name := range []string{"hun sen", "PM Hun Sen", "Samdech Techo  Hun Sen"} {
		got, err := s.LookupActor(ctx, name)
		if err != nil || len(got) != 1 {
			t.Fatalf("LookupActor(%q) = %+v, %v; want one actor", name, got, err)
		}
	}
	got, _ := s.LookupActor(ctx, "Hun Sen")
	a := got[0]
	if a.ID != rich.Actors[0].RegistryID || a.Kind != doc.KindPerson || a.Country != "KHM" || a.Sector != "GOV" ||
		a.Mentions != 5 || a.Documents != 2 || a.Events != 2 || a.FirstSeen != "2022-08-05" || a.LastSeen != "2022-08-06" || a.Pinned {
		t.Errorf("Hun Sen = %+v", a)
	}
	for _, al := range []string{"Samdech Techo Hun Sen", "Hun Sen", "PM Hun Sen"} {
		if !slices.Contains(a.Aliases, al) {
			t.Errorf("aliases %q lack %q", a.Aliases, al)
		}
	}
	wantTitles := []store.ActorTitle{
		{Title: "Prime Minister", FirstSeen: "2022-08-06", LastSeen: "2022-08-06", Count: 1},
		{Title: "Perdana Menteri", FirstSeen: "2022-08-05", LastSeen: "2022-08-05", Count: 1},
	}
	if !reflect.DeepEqual(a.Titles, wantTitles) {
		t.Errorf("titles = %+v, want %+v", a.Titles, wantTitles)
	}
	lav, err := s.Actor(ctx, rich.Actors[1].RegistryID)
	if err != nil || lav.Name != "Sergey Lavrov" || lav.Events != 3 || lav.Mentions != 3 || lav.Documents != 2 {
		t.Errorf("Actor(Lavrov) = %+v, %v", lav, err)
	}
	// A namesake from another country is another actor.
	b := article("namesake", "VnExpress", "2023-01-01", "en", "Namesake", "Hun Sen, a Vietnamese footballer, scored twice on Sunday evening in Hanoi.")
	b.actor("A1", doc.KindPerson, "Hun Sen", "VNM", "", "footballer", "Hun Sen")
	put(t, s, b.d, store.Stored)
	if b.d.Actors[0].RegistryID == a.ID {
		t.Errorf("namesake from VNM linked to the KHM actor")
	}
	got, err = s.LookupActor(ctx, "Hun Sen")
	if err != nil || len(got) != 2 || got[0].ID != a.ID {
		t.Errorf("LookupActor after namesake = %+v, %v; want KHM first", got, err)
	}
	// An actor without a country joins the most mentioned namesake.
	b = article("nocountry", "Kompas", "2023-02-01", "id", "Tanpa negara", "Menurut Hun Sen, hubungan kedua negara sangat baik sejak lama sekali.")
	b.actor("A1", doc.KindPerson, "Hun Sen", "", "", "", "Hun Sen")
	put(t, s, b.d, store.Stored)
	if b.d.Actors[0].RegistryID != a.ID {
		t.Errorf("actor without country linked to %d, want %d", b.d.Actors[0].RegistryID, a.ID)
	}

	list, err := s.Actors(ctx, store.ActorFilter{})
	if err != nil || len(list) != 4 {
		t.Fatalf("Actors() = %d, %v; want 4", len(list), err)
	}
	for i := 1; i < len(list); i++ {
		if list[i-1].Mentions < list[i].Mentions {
			t.Errorf("Actors not most mentioned first")
		}
	}
	for _, tc := range []struct {
		f    store.ActorFilter
		want int
	}{
		{store.ActorFilter{Query: "lavrov"}, 1},
		{store.ActorFilter{Query: "techo"}, 1}, // alias substring
		{store.ActorFilter{Country: "khm"}, 2},
		{store.ActorFilter{Country: "KHM", Query: "sokhonn"}, 1},
		{store.ActorFilter{Limit: 2}, 2},
		{store.ActorFilter{Limit: 2, Offset: 3}, 1},
		{store.ActorFilter{Query: "%"}, 0},
	} {
		got, err := s.Actors(ctx, tc.f)
		if err != nil || len(got) != tc.want {
			t.Errorf("Actors(%+v) = %d, %v; want %d", tc.f, len(got), err, tc.want)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Actors != 4 || st.Documents != 4 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
}

func testPinActor(t *testing.T, s store.Store) {
	ctx := context.Background()
	rich := richDoc()
	put(t, s, rich, store.Stored)
	id := rich.Actors[3].RegistryID
	if err := s.PinActor(ctx, store.ActorPin{Name: "prak sokhonn", Country: "THA", Sector: "gov", Aliases: []string{"Sokhonn"}}); err != nil {
		t.Fatal(err)
	}
	a, err := s.Actor(ctx, id)
	if err != nil || !a.Pinned || a.Country != "THA" || a.Sector != "GOV" || !slices.Contains(a.Aliases, "Sokhonn") {
		t.Fatalf("pinned actor = %+v, %v", a, err)
	}
	// Later documents match the pinned actor by the new alias, whatever
	// country they code, and do not change the pin.
	b := article("pinned", "Antara", "2022-09-01", "id", "Sokhonn", "Sokhonn bertemu duta besar Jepang di Phnom Penh pada hari Senin lalu.")
	b.actor("A1", doc.KindPerson, "Sokhonn", "KHM", "MIL", "Menteri", "Sokhonn")
	put(t, s, b.d, store.Stored)
	if b.d.Actors[0].RegistryID != id {
		t.Errorf("alias of pinned actor linked to %d, want %d", b.d.Actors[0].RegistryID, id)
	}
	a, _ = s.Actor(ctx, id)
	if a.Country != "THA" || a.Sector != "GOV" || a.Documents != 2 {
		t.Errorf("after a new document, pinned actor = %+v", a)
	}
	// A pin by alias; a pin that only adds aliases.
	if err := s.PinActor(ctx, store.ActorPin{Name: "Lavrov", Aliases: []string{"S. Lavrov"}}); err != nil {
		t.Fatal(err)
	}
	lav, _ := s.Actor(ctx, rich.Actors[1].RegistryID)
	if !slices.Contains(lav.Aliases, "S. Lavrov") || lav.Country != "RUS" {
		t.Errorf("Lavrov after alias pin = %+v", lav)
	}
	if err := s.PinActor(ctx, store.ActorPin{Name: "Nobody Here", Country: "IDN"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PinActor(unknown) error = %v, want ErrNotFound", err)
	}
}

func testMergeActors(t *testing.T, s store.Store) {
	ctx := context.Background()
	mk := func(key, name, published string) *doc.Document {
		b := article(key, "Kompas", published, "id", name, fmt.Sprintf("Menteri Luar Negeri %s bertemu Wang Yi di Beijing pada hari Selasa untuk membahas perdagangan.", name))
		b.actor("A1", doc.KindPerson, name, "IDN", "GOV", "Menteri Luar Negeri", name)
		b.actor("A2", doc.KindPerson, "Wang Yi", "CHN", "GOV", "", "Wang Yi")
		b.event(doc.Event{Type: "CONSULT", Source: side("A1", name, "IDN", "GOV"), Target: side("A2", "Wang Yi", "CHN", "GOV"), Date: published, QuadClass: 1, Goldstein: 1})
		b.d.Quotes = []doc.Quote{{Speaker: "A1", Text: "x", Span: doc.Span{Start: 0, End: 1}}}
		return b.d
	}
	x, y := mk("x", "Retno Marsudi", "2023-01-10"), mk("y", "Retno L.P. Marsudi", "2023-02-10")
	put(t, s, x, store.Stored)
	put(t, s, y, store.Stored)
	into, from := x.Actors[0].RegistryID, y.Actors[0].RegistryID
	if into == from {
		t.Fatal("fixture: both spellings already share an actor")
	}
	if err := s.MergeActors(ctx, into, from); err != nil {
		t.Fatal(err)
	}
	a, err := s.Actor(ctx, into)
	if err != nil || a.Mentions != 2 || a.Documents != 2 || a.Events != 2 || a.FirstSeen != "2023-01-10" || a.LastSeen != "2023-02-10" ||
		!slices.Contains(a.Aliases, "Retno L.P. Marsudi") || len(a.Titles) != 1 || a.Titles[0].Count != 2 {
		t.Errorf("merged actor = %+v, %v", a, err)
	}
	if _, err := s.Actor(ctx, from); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Actor(from) after merge: %v, want ErrNotFound", err)
	}
	rows := collect(t, s, store.EventFilter{ActorID: into})
	if len(rows) != 2 {
		t.Errorf("events of merged actor = %d, want 2", len(rows))
	}
	if rows := collect(t, s, store.EventFilter{ActorID: from}); len(rows) != 0 {
		t.Errorf("events of deleted actor = %d", len(rows))
	}
	sd, err := s.DocumentByKey(ctx, "y")
	if err != nil || sd.Doc.Actors[0].RegistryID != into {
		t.Errorf("doc y actor registry id after merge = %v, %v; want %d", sd.Doc.Actors[0].RegistryID, err, into)
	}
	got, _ := s.LookupActor(ctx, "Retno L.P. Marsudi")
	if len(got) != 1 || got[0].ID != into {
		t.Errorf("LookupActor(old spelling) = %+v", got)
	}
	if err := s.MergeActors(ctx, into, 987654); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("MergeActors(missing) error = %v, want ErrNotFound", err)
	}
	if err := s.MergeActors(ctx, into, into); err == nil {
		t.Errorf("MergeActors(self) succeeded")
	}
}

func testClustering(t *testing.T, s store.Store) {
	ctx := context.Background()
	rich, same := richDoc(), sameStoryDoc()
	put(t, s, rich, store.Stored)
	put(t, s, same, store.Stored)
	rows := collect(t, s, store.EventFilter{Pair: [2]string{"RUS", "KHM"}, Type: "CONSULT"})
	if len(rows) != 2 || rows[0].ClusterID != rows[1].ClusterID || rows[0].NumMentions != 2 || rows[0].NumSources != 2 ||
		rows[1].NumMentions != 2 || rows[1].NumSources != 2 {
		t.Fatalf("same event from two outlets: %+v", rows)
	}
	agree := collect(t, s, store.EventFilter{Type: "AGREE"})
	if len(agree) != 1 || agree[0].NumMentions != 1 || agree[0].NumSources != 1 || agree[0].ClusterID == rows[0].ClusterID {
		t.Errorf("lone event cluster: %+v", agree)
	}
	// Another story from an outlet already in the cluster adds a mention,
	// not a source.
	again := sameStoryDoc()
	again.ID, again.Text = "antara-18", again.Text+" Updated."
	putNew(t, s, again)
	rows = collect(t, s, store.EventFilter{Pair: [2]string{"RUS", "KHM"}, Type: "CONSULT"})
	for _, r := range rows {
		if r.NumMentions != 3 || r.NumSources != 2 {
			t.Errorf("after a second Antara story: mentions %d sources %d, want 3 and 2", r.NumMentions, r.NumSources)
		}
	}
	// Undated events never cluster.
	undated := collect(t, s, store.EventFilter{Type: "COOPERATE"})
	u2 := richDoc()
	u2.ID, u2.Text = "u2", u2.Text+" Lagi."
	putNew(t, s, u2)
	undated2 := collect(t, s, store.EventFilter{Type: "COOPERATE"})
	if len(undated) != 1 || len(undated2) != 2 || undated2[0].ClusterID == undated2[1].ClusterID || undated2[0].NumMentions != 1 {
		t.Errorf("undated events: %+v", undated2)
	}
	st, err := s.Stats(ctx)
	// clusters: CONSULT, AGREE, COOPERATE x2 (undated)
	if err != nil || st.Clusters != 4 || st.Events != 3+1+1+3 {
		t.Errorf("Stats = %+v, %v", st, err)
	}
}

// testEventByID checks Event returns the same row as Events, with the
// document's URL, and ErrNotFound for an id that is not stored.
func testEventByID(t *testing.T, s store.Store) {
	ctx := context.Background()
	d := richDoc()
	r := put(t, s, d, store.Stored)
	sd, err := s.Document(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	page, err := s.Events(ctx, store.EventFilter{DocID: r.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != len(sd.EventIDs) || len(page.Events) == 0 {
		t.Fatalf("Events(doc) = %d events, EventIDs = %v", len(page.Events), sd.EventIDs)
	}
	for _, want := range page.Events {
		if !slices.Contains(sd.EventIDs, want.ID) {
			t.Errorf("event %d is not in EventIDs %v", want.ID, sd.EventIDs)
		}
		got, err := s.Event(ctx, want.ID)
		if err != nil {
			t.Fatalf("Event(%d): %v", want.ID, err)
		}
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("Event(%d) differs from Events\ngot:  %s\nwant: %s", want.ID, jsonString(got), jsonString(want))
		}
		if got.URL != d.URL || got.DocID != r.ID || got.DocKey != d.ID {
			t.Errorf("Event(%d): url %q doc %d %q; want %q %d %q", want.ID, got.URL, got.DocID, got.DocKey, d.URL, r.ID, d.ID)
		}
	}
	for _, id := range []int64{0, -1, 424242} {
		if e, err := s.Event(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Event(%d) = %v, %v; want ErrNotFound", id, e, err)
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, richDoc(), store.Stored)
	if _, err := s.Document(ctx, 424242); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(missing) error = %v", err)
	}
	if _, err := s.DocumentByKey(ctx, "no-such-key"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("DocumentByKey(missing) error = %v", err)
	}
	if _, err := s.Actor(ctx, 424242); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Actor(missing) error = %v", err)
	}
	if err := s.MergeActors(ctx, 424242, 424243); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("MergeActors(missing) error = %v", err)
	}
	if err := s.PinActor(ctx, store.ActorPin{Name: "Nobody"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PinActor(missing) error = %v", err)
	}
	if got, err := s.LookupActor(ctx, "Nobody"); err != nil || len(got) != 0 {
		t.Errorf("LookupActor(missing) = %v, %v; want none", got, err)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := gridDocs(40)
	var wg sync.WaitGroup
	errc := make(chan error, 100)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(docs); i += 4 {
				if _, err := s.PutDocument(ctx, docs[i]); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if _, err := s.Events(ctx, store.EventFilter{Country: "IDN"}); err != nil {
					errc <- err
					return
				}
				if _, _, err := s.Documents(ctx, store.DocFilter{Query: "minister"}); err != nil {
					errc <- err
					return
				}
				if _, err := s.Stats(ctx); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Error(err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Documents != 40 || st.Events != 120 {
		t.Errorf("Stats after concurrent puts = %+v, %v", st, err)
	}
}
