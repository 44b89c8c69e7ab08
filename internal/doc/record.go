package doc

// Record is a document as SCHEMA.md prints it: the machine-readable
// contract of `dyad extract --format jsonl`.
type Record struct {
	DocID       string          `json:"doc_id"`
	URL         *string         `json:"url"`
	Title       *string         `json:"title"`
	Outlet      *string         `json:"outlet"`
	Language    string          `json:"language"`
	Published   *string         `json:"published"`
	Text        *string         `json:"text,omitempty"`
	Dateline    *RecordDateline `json:"dateline"`
	Actors      []RecordActor   `json:"actors"`
	Events      []RecordEvent   `json:"events"`
	Quotes      []RecordQuote   `json:"quotes"`
	Figures     []RecordFigure  `json:"figures"`
	Diagnostics []Diagnostic    `json:"diagnostics"`
}

// RecordDateline is a dateline in a record.
type RecordDateline struct {
	Place  *string `json:"place"`
	Date   *string `json:"date"`
	Outlet *string `json:"outlet"`
	Span   [2]int  `json:"span"`
}

// RecordActor is an actor in a record.
type RecordActor struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`
	Country  *string  `json:"country"`
	Sector   *string  `json:"sector"`
	Title    *string  `json:"title"`
	Org      *string  `json:"org"`
	Aliases  []string `json:"aliases"`
	Mentions [][2]int `json:"mentions"`
}

// RecordSide is one side of an event in a record.
type RecordSide struct {
	Actor   *string `json:"actor"`
	Name    *string `json:"name"`
	Country *string `json:"country"`
	Sector  *string `json:"sector"`
}

// RecordPlace is an event's place in a record.
type RecordPlace struct {
	Name    string  `json:"name"`
	Country *string `json:"country"`
}

// RecordEvidence is one evidence span.
type RecordEvidence struct {
	Span [2]int `json:"span"`
	Text string `json:"text"`
}

// RecordEvent is an event in a record.
type RecordEvent struct {
	ID        string           `json:"id"`
	Type      string           `json:"type"`
	Mode      *string          `json:"mode"`
	Status    string           `json:"status"`
	Source    RecordSide       `json:"source"`
	Target    RecordSide       `json:"target"`
	Directed  bool             `json:"directed"`
	Date      *string          `json:"date"`
	DateEnd   *string          `json:"date_end"`
	DateText  *string          `json:"date_text"`
	Location  *RecordPlace     `json:"location"`
	Contexts  []string         `json:"contexts"`
	CAMEO     string           `json:"cameo"`
	QuadClass int              `json:"quad_class"`
	Goldstein float64          `json:"goldstein"`
	Trigger   [2]int           `json:"trigger"`
	Evidence  []RecordEvidence `json:"evidence"`
}

// RecordQuote is a quote in a record.
type RecordQuote struct {
	Speaker *string `json:"speaker"`
	Text    string  `json:"text"`
	Span    [2]int  `json:"span"`
}

// RecordFigure is a figure in a record.
type RecordFigure struct {
	Kind  string  `json:"kind"`
	Value float64 `json:"value"`
	Unit  *string `json:"unit"`
	Text  string  `json:"text"`
	Span  [2]int  `json:"span"`
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func pair(s Span) [2]int { return [2]int{s.Start, s.End} }

func side(s Side) RecordSide {
	return RecordSide{Actor: opt(s.Actor), Name: opt(s.Name), Country: opt(s.Country), Sector: opt(s.Sector)}
}

// ToRecord converts a processed document to its SCHEMA.md record. The
// cleaned text is included only when withText is set.
func (d *Document) ToRecord(withText bool) Record {
	r := Record{
		DocID: d.ID, URL: opt(d.URL), Title: opt(d.Title), Outlet: opt(d.Outlet),
		Language: d.Language, Published: opt(d.Published),
		Actors: []RecordActor{}, Events: []RecordEvent{}, Quotes: []RecordQuote{}, Figures: []RecordFigure{},
		Diagnostics: d.Diagnostics,
	}
	if r.Language == "" {
		r.Language = "und"
	}
	if r.Diagnostics == nil {
		r.Diagnostics = []Diagnostic{}
	}
	if withText {
		t := d.Text
		r.Text = &t
	}
	if dl := d.Dateline; dl != nil {
		r.Dateline = &RecordDateline{Place: opt(dl.Place), Date: opt(dl.Date), Outlet: opt(dl.Outlet), Span: pair(dl.Span)}
	}
	for _, a := range d.Actors {
		ra := RecordActor{ID: a.ID, Kind: a.Kind, Name: a.Name, Country: opt(a.Country), Sector: opt(a.Sector), Title: opt(a.Title), Org: opt(a.Org), Aliases: a.Aliases, Mentions: [][2]int{}}
		if ra.Aliases == nil {
			ra.Aliases = []string{}
		}
		for _, m := range a.Mentions {
			ra.Mentions = append(ra.Mentions, pair(m))
		}
		r.Actors = append(r.Actors, ra)
	}
	for _, e := range d.Events {
		re := RecordEvent{ID: e.ID, Type: e.Type, Mode: opt(e.Mode), Status: e.Status, Source: side(e.Source), Target: side(e.Target),
			Directed: e.Directed, Date: opt(e.Date), DateEnd: opt(e.DateEnd), DateText: opt(e.DateText), Contexts: e.Contexts,
			CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein, Trigger: pair(e.Trigger), Evidence: []RecordEvidence{}}
		if re.Contexts == nil {
			re.Contexts = []string{}
		}
		if e.Location != nil {
			re.Location = &RecordPlace{Name: e.Location.Name, Country: opt(e.Location.Country)}
		}
		for _, ev := range e.Evidence {
			re.Evidence = append(re.Evidence, RecordEvidence{Span: pair(ev.Span), Text: ev.Text})
		}
		r.Events = append(r.Events, re)
	}
	for _, q := range d.Quotes {
		r.Quotes = append(r.Quotes, RecordQuote{Speaker: opt(q.Speaker), Text: q.Text, Span: pair(q.Span)})
	}
	for _, f := range d.Figures {
		r.Figures = append(r.Figures, RecordFigure{Kind: f.Kind, Value: f.Value, Unit: opt(f.Unit), Text: f.Text, Span: pair(f.Span)})
	}
	return r
}
