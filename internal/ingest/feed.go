package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/mmcdole/gofeed"
)

// htmlDoc reduces a web page to a document.
func (w *walker) htmlDoc(data []byte, src source, contentType string) error {
	p, err := clean.HTML(bytes.NewReader(data), contentType, src.url)
	if err != nil {
		return w.fail(src.input, 0, err)
	}
	if strings.TrimSpace(p.Text) == "" {
		return w.fail(src.input, 0, errorf(ErrEmpty, "no text found in the page"))
	}
	d := &doc.Document{
		ID:            src.id,
		Origin:        src.origin,
		URL:           src.url,
		Title:         p.Title,
		Outlet:        p.Outlet,
		Published:     p.Published,
		InputLanguage: p.Language,
		Raw:           p.Text,
	}
	if d.ID == "" {
		d.ID = hashID(p.Text)
	}
	return w.emit(d)
}

// feed turns each item of an RSS or Atom feed into a document. Item links
// are not fetched: the text is the item's content or description.
func (w *walker) feed(data []byte, src source) error {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return w.fail(src.input, 0, errorf(ErrMalformed, "malformed feed: %v", err))
	}
	if len(f.Items) == 0 {
		return w.fail(src.input, 0, errorf(ErrEmpty, "feed has no items"))
	}
	outlet := strings.TrimSpace(f.Title)
	lang := clean.LangTag(f.Language)
	for i, it := range f.Items {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		origin := fmt.Sprintf("%s#%d", src.origin, i+1)
		d, err := feedItemDoc(it, origin, outlet, lang)
		if err != nil {
			if e := w.fail(fmt.Sprintf("%s#%d", src.input, i+1), 0, err); e != nil {
				return e
			}
			continue
		}
		if e := w.emit(d); e != nil {
			return e
		}
	}
	return nil
}

func feedItemDoc(it *gofeed.Item, origin, outlet, lang string) (*doc.Document, error) {
	link := strings.TrimSpace(it.Link)
	d := &doc.Document{
		Origin:        origin,
		URL:           link,
		Title:         strings.TrimSpace(it.Title),
		Outlet:        outlet,
		InputLanguage: lang,
	}
	text := it.Content
	if strings.TrimSpace(text) == "" {
		text = it.Description
	}
	if strings.Contains(text, "<") && htmlTag.MatchString(text) {
		p, err := clean.HTML(strings.NewReader(text), "text/html; charset=utf-8", link)
		if err != nil {
			return nil, err
		}
		text = p.Text
	}
	if strings.TrimSpace(text) == "" {
		return nil, errorf(ErrNoText, "feed item has no text (content or description)")
	}
	d.Raw = text

	// The date as written wins over gofeed's parse, which converts to
	// UTC and cannot read Indonesian month names.
	for _, c := range []struct {
		raw    string
		parsed *time.Time
	}{{it.Published, it.PublishedParsed}, {it.Updated, it.UpdatedParsed}} {
		if date, ok := clean.Date(c.raw); ok {
			d.Published = date
			break
		}
		if c.parsed != nil && !c.parsed.IsZero() {
			d.Published = c.parsed.Format(time.DateOnly)
			break
		}
	}
	if d.Published == "" {
		if raw := first(strings.TrimSpace(it.Published), strings.TrimSpace(it.Updated)); raw != "" {
			d.Diag(doc.Warning, Stage, fmt.Sprintf("unparseable published date %q ignored", raw), nil)
		}
	}

	switch {
	case strings.TrimSpace(it.GUID) != "":
		d.ID = strings.TrimSpace(it.GUID)
	case link != "":
		d.ID = urlID(link)
	default:
		d.ID = hashID(text)
	}
	return d, nil
}
