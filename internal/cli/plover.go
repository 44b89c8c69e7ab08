package cli

import "github.com/dyad-project/dyad/internal/doc"

// ploverRecord is one event in PLOVER JSON Lines, with the field names the
// PLOVER/POLECAT data use.
type ploverRecord struct {
	ID               string         `json:"id"`
	Date             *string        `json:"date"`
	EventType        string         `json:"event_type"`
	Mode             *string        `json:"mode"`
	Context          []string       `json:"context"`
	Actor            []string       `json:"actor"`
	ActorCountry     *string        `json:"actor_country"`
	Recipient        []string       `json:"recipient"`
	RecipientCountry *string        `json:"recipient_country"`
	Status           string         `json:"status"`
	Location         *string        `json:"location"`
	EventText        string         `json:"event_text"`
	CAMEO            string         `json:"cameo"`
	QuadClass        int            `json:"quad_class"`
	Goldstein        float64        `json:"goldstein"`
	CiteInfo         map[string]any `json:"cite_info"`
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func sideNames(s doc.Side) []string {
	if s.Name != "" {
		return []string{s.Name}
	}
	if s.Country != "" {
		return []string{s.Country}
	}
	return []string{}
}

// ploverRecords converts a document's events to PLOVER records.
func ploverRecords(d *doc.Document) []ploverRecord {
	var out []ploverRecord
	for _, e := range d.Events {
		r := ploverRecord{
			ID: d.ID + "-" + e.ID, Date: strp(e.Date), EventType: e.Type, Mode: strp(e.Mode), Context: e.Contexts,
			Actor: sideNames(e.Source), ActorCountry: strp(e.Source.Country),
			Recipient: sideNames(e.Target), RecipientCountry: strp(e.Target.Country),
			Status: e.Status, CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			CiteInfo: map[string]any{"doc_id": d.ID, "url": strp(d.URL), "outlet": strp(d.Outlet), "title": strp(d.Title), "published": strp(d.Published)},
		}
		if r.Context == nil {
			r.Context = []string{}
		}
		if e.Location != nil {
			r.Location = strp(e.Location.Name)
		}
		if len(e.Evidence) > 0 {
			r.EventText = e.Evidence[0].Text
		}
		out = append(out, r)
	}
	return out
}
