package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/store"
)

// queryPlan returns EXPLAIN QUERY PLAN's details for query, one a line.
func queryPlan(t *testing.T, db *DB, query string, args ...any) string {
	t.Helper()
	rows, err := db.r.QueryContext(context.Background(), `EXPLAIN QUERY PLAN `+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		b.WriteString(detail + "\n")
	}
	return b.String()
}

// TestPairQueryPlans checks that the pair queries read events_pair_cover
// (covering, for the aggregates) and never walk all events, with and
// without planner statistics.
func TestPairQueryPlans(t *testing.T) {
	db := openTemp(t)
	defer db.Close()
	ctx := context.Background()
	for i := range 50 {
		if _, err := db.PutDocument(ctx, genDoc(i)); err != nil {
			t.Fatal(err)
		}
	}
	for _, analyze := range []bool{false, true} {
		if analyze {
			if _, err := db.w.Exec(`ANALYZE`); err != nil {
				t.Fatal(err)
			}
			db.r.SetMaxIdleConns(0) // new connections load the statistics
			db.r.SetMaxIdleConns(db.opt.ReadConns)
		}
		for _, iv := range []string{"month", "week"} {
			q, err := dyadWhere("CHN", "IDN", store.DyadFilter{From: "2024-01-01", To: "2024-12-31"})
			if err != nil {
				t.Fatal(err)
			}
			buckets, contexts, latest := dyadQueries(q, iv)
			for _, c := range []struct {
				name, query, want string
				args              []any
			}{
				{"buckets", buckets, "COVERING INDEX events_pair_cover", q.args},
				{"contexts", contexts, "COVERING INDEX events_pair_cover", q.args},
				{"latest", latest, "INDEX events_pair_cover", append(q.args, 10)},
			} {
				plan := queryPlan(t, db, c.query, c.args...)
				first, _, _ := strings.Cut(plan, "\n")
				if !strings.Contains(first, c.want) || strings.Contains(plan, "SCAN e") {
					t.Errorf("analyze=%v %s %s plan:\n%s\nwant it to start with %s", analyze, iv, c.name, plan, c.want)
				}
			}
		}
		ev, _, err := eventWhere(store.EventFilter{Pair: [2]string{"IDN", "CHN"}})
		if err != nil {
			t.Fatal(err)
		}
		plan := queryPlan(t, db, `SELECT `+eventCols+eventFrom+ev.where()+` ORDER BY e.date DESC, e.id DESC LIMIT 51`, ev.args...)
		if first, _, _ := strings.Cut(plan, "\n"); !strings.Contains(first, "events_pair_cover") {
			t.Errorf("analyze=%v events?pair plan:\n%s", analyze, plan)
		}
	}
}
