package export

import (
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// ParquetRow is the schema of the parquet format: the csv columns with
// their natural types, plus the ids and spans the csv leaves out. Lists use
// the standard LIST annotation so pyarrow reads them as list columns.
type ParquetRow struct {
	EventID         int64             `parquet:"event_id"`
	DocID           int64             `parquet:"doc_store_id"`
	DocKey          string            `parquet:"doc_id"`
	Date            string            `parquet:"date"`
	DateEnd         string            `parquet:"date_end"`
	DateText        string            `parquet:"date_text"`
	Type            string            `parquet:"type"`
	Mode            string            `parquet:"mode"`
	Status          string            `parquet:"status"`
	SourceActorID   int64             `parquet:"source_actor_id"`
	SourceCountry   string            `parquet:"source_country"`
	SourceName      string            `parquet:"source_name"`
	SourceSector    string            `parquet:"source_sector"`
	TargetActorID   int64             `parquet:"target_actor_id"`
	TargetCountry   string            `parquet:"target_country"`
	TargetName      string            `parquet:"target_name"`
	TargetSector    string            `parquet:"target_sector"`
	Directed        bool              `parquet:"directed"`
	CAMEO           string            `parquet:"cameo"`
	QuadClass       int32             `parquet:"quad_class"`
	Goldstein       float64           `parquet:"goldstein"`
	Location        string            `parquet:"location"`
	LocationCountry string            `parquet:"location_country"`
	Contexts        []string          `parquet:"contexts,list"`
	ClusterID       int64             `parquet:"cluster_id"`
	NumMentions     int32             `parquet:"num_mentions"`
	NumSources      int32             `parquet:"num_sources"`
	Outlet          string            `parquet:"outlet"`
	Published       string            `parquet:"published"`
	Title           string            `parquet:"title"`
	URL             string            `parquet:"url"`
	Evidence        []ParquetEvidence `parquet:"evidence,list"`
}

// ParquetEvidence is one evidence span in a ParquetRow.
type ParquetEvidence struct {
	Start int32  `parquet:"start"`
	End   int32  `parquet:"end"`
	Text  string `parquet:"text"`
}

func toParquet(e *store.EventRow) ParquetRow {
	ev := make([]ParquetEvidence, len(e.Evidence))
	for i, x := range e.Evidence {
		ev[i] = ParquetEvidence{Start: int32(x.Span.Start), End: int32(x.Span.End), Text: x.Text}
	}
	return ParquetRow{
		EventID: e.ID, DocID: e.DocID, DocKey: e.DocKey,
		Date: e.Date, DateEnd: e.DateEnd, DateText: e.DateText,
		Type: e.Type, Mode: e.Mode, Status: e.Status,
		SourceActorID: e.Source.ActorID, SourceCountry: e.Source.Country, SourceName: e.Source.Name, SourceSector: e.Source.Sector,
		TargetActorID: e.Target.ActorID, TargetCountry: e.Target.Country, TargetName: e.Target.Name, TargetSector: e.Target.Sector,
		Directed: e.Directed, CAMEO: e.CAMEO, QuadClass: int32(e.QuadClass), Goldstein: e.Goldstein,
		Location: e.Location, LocationCountry: e.LocationCC,
		Contexts:  cloneStrings(e.Contexts),
		ClusterID: e.ClusterID, NumMentions: int32(e.NumMentions), NumSources: int32(e.NumSources),
		Outlet: e.Outlet, Published: e.Published, Title: e.Title, URL: e.URL,
		Evidence: ev,
	}
}

func fromParquet(p *ParquetRow) store.EventRow {
	ev := make([]doc.Evidence, len(p.Evidence))
	for i, x := range p.Evidence {
		ev[i] = doc.Evidence{Span: doc.Span{Start: int(x.Start), End: int(x.End)}, Text: x.Text}
	}
	return store.EventRow{
		ID: p.EventID, DocID: p.DocID, DocKey: p.DocKey,
		Title: p.Title, Outlet: p.Outlet, Published: p.Published, URL: p.URL,
		Type: p.Type, Mode: p.Mode, Status: p.Status,
		Source:   store.SideRow{ActorID: p.SourceActorID, Name: p.SourceName, Country: p.SourceCountry, Sector: p.SourceSector},
		Target:   store.SideRow{ActorID: p.TargetActorID, Name: p.TargetName, Country: p.TargetCountry, Sector: p.TargetSector},
		Directed: p.Directed, Date: p.Date, DateEnd: p.DateEnd, DateText: p.DateText,
		Location: p.Location, LocationCC: p.LocationCountry,
		Contexts: cloneStrings(p.Contexts), CAMEO: p.CAMEO,
		QuadClass: int(p.QuadClass), Goldstein: p.Goldstein, Evidence: ev,
		ClusterID: p.ClusterID, NumMentions: int(p.NumMentions), NumSources: int(p.NumSources),
	}
}

type parquetWriter struct {
	w     *parquet.GenericWriter[ParquetRow]
	buf   []ParquetRow
	group int
	n     int
}

func newParquetWriter(w io.Writer, opt Options) *parquetWriter {
	g := opt.RowGroupSize
	if g <= 0 {
		g = 65536
	}
	return &parquetWriter{
		w:     parquet.NewGenericWriter[ParquetRow](w, parquet.Compression(&parquet.Zstd)),
		buf:   make([]ParquetRow, 0, 1024),
		group: g,
	}
}

func (p *parquetWriter) Write(e *store.EventRow) error {
	p.buf = append(p.buf, toParquet(e))
	if len(p.buf) == cap(p.buf) {
		return p.flushBuf()
	}
	return nil
}

func (p *parquetWriter) flushBuf() error {
	if len(p.buf) == 0 {
		return nil
	}
	if _, err := p.w.Write(p.buf); err != nil {
		return fmt.Errorf("export: parquet: %w", err)
	}
	p.n += len(p.buf)
	p.buf = p.buf[:0]
	if p.n >= p.group {
		p.n = 0
		return p.w.Flush()
	}
	return nil
}

func (p *parquetWriter) Close() error {
	if err := p.flushBuf(); err != nil {
		return err
	}
	return p.w.Close()
}

// ReadParquet reads events written in the parquet format.
func ReadParquet(r io.ReaderAt, size int64) ([]store.EventRow, error) {
	rows, err := parquet.Read[ParquetRow](r, size)
	if err != nil {
		return nil, fmt.Errorf("export: parquet: %w", err)
	}
	out := make([]store.EventRow, len(rows))
	for i := range rows {
		out[i] = fromParquet(&rows[i])
	}
	return out, nil
}
