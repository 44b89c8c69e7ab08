package clean

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Page is what HTML found in a web page.
type Page struct {
	Title       string // og:title, JSON-LD headline or <title>
	Text        string // main text, one paragraph a line, not yet cleaned
	Published   string // YYYY-MM-DD or ""
	Outlet      string // og:site_name or the JSON-LD publisher
	Language    string // primary language subtag declared by the page ("en", "id") or ""
	Description string // og:description or meta description
}

// HTML reads a web page from r and returns its main text and metadata.
// contentType is the HTTP Content-Type header or "" (the charset is then
// taken from the page's meta tags, or guessed); pageURL, if known, helps
// the extractor. Main text comes from go-trafilatura, or from a plain
// paragraph walker when trafilatura finds nothing; photo captions are
// kept as paragraphs of their own, navigation, share bars, asides,
// scripts and forms are dropped. The error is non-nil only when r fails
// or its charset is unknown; a page with no text gives an empty Text.
func HTML(r io.Reader, contentType, pageURL string) (Page, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return Page{}, fmt.Errorf("clean: reading html: %w", err)
	}
	// DetermineEncoding follows the WHATWG rules: BOM, then the
	// Content-Type charset, then <meta> tags, then a guess (UTF-8 when the
	// bytes are valid UTF-8, else Windows-1252). Unknown labels are ignored.
	enc, _, _ := charset.DetermineEncoding(raw, contentType)
	data, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return Page{}, fmt.Errorf("clean: decoding html: %w", err)
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Page{}, fmt.Errorf("clean: parsing html: %w", err)
	}
	m := readMeta(root)
	docBlocks := collectBlocks(root, true)

	var res *trafilatura.ExtractResult
	if len(data) > 0 {
		opts := trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
		if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
			opts.OriginalURL = u
		}
		if r, err := trafilatura.Extract(bytes.NewReader(data), opts); err == nil {
			res = r
		}
	}
	var paras []string
	if res != nil && res.ContentNode != nil {
		paras = trustedParas(collectBlocks(res.ContentNode, false), collectBlocks(root, false), docBlocks)
		paras = addCaptions(paras, docBlocks)
	}

	p := Page{
		Title:       m.title(),
		Published:   m.published(),
		Outlet:      m.outlet(),
		Language:    langTag(firstOf(m.lang, m.first("content-language", "og:locale", "language"), m.ld.language)),
		Description: m.description(),
	}
	if res != nil {
		// Trafilatura's language is a guess from the text and its site
		// name falls back to the host name; only declared values are used.
		md := res.Metadata
		if p.Title == "" {
			p.Title = collapse(md.Title)
		}
		if p.Outlet == "" && !isHost(md.Sitename, pageURL) {
			p.Outlet = collapse(md.Sitename)
		}
		if p.Published == "" && !md.Date.IsZero() && md.Date.Year() > 1900 {
			p.Published = md.Date.Format(time.DateOnly)
		}
		if p.Description == "" {
			p.Description = collapse(md.Description)
		}
	}
	paras = dropTitle(paras, p.Title)
	if len(paras) == 0 {
		for _, b := range docBlocks {
			paras = append(paras, b.text)
		}
		paras = dropTitle(paras, p.Title)
	}
	p.Text = strings.Join(paras, "\n")
	return p, nil
}

// isHost reports whether name is just the host of pageURL.
func isHost(name, pageURL string) bool {
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		return false
	}
	h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "www.") == h
}

// trustedParas returns trafilatura's paragraphs when they are paragraphs
// of the page. On small pages trafilatura falls back to a baseline that
// glues paragraphs together or repeats them; then nil is returned and the
// caller uses its own walker. Short paragraphs found only in page chrome
// (menus, share bars) are dropped.
func trustedParas(got, page, body []block) []string {
	keys := map[string]bool{}
	for _, b := range page {
		keys[matchKey(b.text)] = true
	}
	inBody := map[string]bool{}
	for _, b := range body {
		inBody[matchKey(b.text)] = true
	}
	var out []string
	seen := map[string]bool{}
	matched := 0
	for _, b := range got {
		k := matchKey(b.text)
		if seen[k] {
			continue
		}
		seen[k] = true
		if keys[k] {
			matched++
		}
		out = append(out, b.text)
	}
	if len(out) == 0 || matched*2 < len(out) {
		return nil
	}
	// Drop a glued paragraph: one not on the page that holds two or more
	// of the others.
	kept := out[:0:0]
	for _, p := range out {
		k := matchKey(p)
		if keys[k] && !inBody[k] && utf8.RuneCountInString(p) < 100 {
			continue
		}
		if !keys[k] {
			n := 0
			for _, q := range out {
				if q != p && strings.Contains(p, q) {
					n++
				}
			}
			if n >= 2 {
				continue
			}
		}
		kept = append(kept, p)
	}
	return kept
}

// dropTitle removes a first paragraph that repeats the title, which some
// pages carry in the body and others do not.
func dropTitle(paras []string, title string) []string {
	if len(paras) > 0 && title != "" && matchKey(paras[0]) == matchKey(title) {
		return paras[1:]
	}
	return paras
}

// block is a paragraph of a page in document order.
type block struct {
	text    string
	caption bool
}

// skipTags are never text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Canvas: true, atom.Head: true,
	atom.Button: true, atom.Select: true, atom.Option: true, atom.Input: true,
	atom.Textarea: true, atom.Form: true, atom.Object: true, atom.Embed: true,
	atom.Audio: true, atom.Video: true, atom.Math: true, atom.Dialog: true,
}

// chromeTags are page furniture around an article.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Menu: true,
}

var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "search": true, "dialog": true,
}

// chromeWords in a class or id mark share bars, menus and the like.
var chromeWords = []string{
	"share", "sharing", "social", "related", "comment", "menu", "navbar", "navigation",
	"breadcrumb", "footer", "sidebar", "advert", "iklan", "newsletter", "subscribe",
	"cookie", "popup", "modal", "bagikan", "baca-juga", "bacajuga", "terkait",
	"widget", "promo", "banner", "masthead", "site-header", "byline", "author",
}

// chromeTokens must equal a whole class or id token.
var chromeTokens = map[string]bool{"ad": true, "ads": true, "nav": true, "tags": true, "header": true}

var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dd: true, atom.Dt: true, atom.Blockquote: true, atom.Pre: true, atom.Section: true,
	atom.Article: true, atom.Main: true, atom.Table: true, atom.Tr: true, atom.Tbody: true,
	atom.Thead: true, atom.Address: true, atom.Hr: true, atom.Figure: true, atom.Details: true,
	atom.Summary: true, atom.Body: true, atom.Html: true, atom.Center: true, atom.Caption: true,
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func isChrome(n *html.Node) bool {
	if chromeTags[n.DataAtom] || chromeRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if chromeTokens[tok] {
			return true
		}
		for _, w := range chromeWords {
			if strings.Contains(tok, w) {
				return true
			}
		}
	}
	return false
}

// collectBlocks returns the paragraphs under n in document order. With
// chrome set it also drops navigation, share bars and the like. Figure
// captions come out as caption blocks; a figure without a figcaption
// gives its image's alt text, when that is a phrase, as its caption.
func collectBlocks(n *html.Node, chrome bool) []block {
	var out []block
	var buf strings.Builder
	flush := func(caption bool) {
		t := collapse(buf.String())
		buf.Reset()
		if t != "" {
			out = append(out, block{text: t, caption: caption})
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			buf.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.DataAtom] || (chrome && isChrome(n)) {
				return
			}
			switch n.DataAtom {
			case atom.Br:
				flush(false)
				return
			case atom.Figcaption:
				flush(false)
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					inlineText(&buf, c)
				}
				flush(true)
				return
			case atom.Figure:
				flush(false)
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				flush(false)
				if chrome && findAtom(n, atom.Figcaption) == nil {
					if img := findAtom(n, atom.Img); img != nil {
						alt := collapse(attr(img, "alt"))
						if len(strings.Fields(alt)) >= 3 {
							out = append(out, block{text: alt, caption: true})
						}
					}
				}
				return
			case atom.Td, atom.Th:
				buf.WriteByte(' ')
			}
		case html.DocumentNode:
		default:
			return
		}
		isBlock := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if isBlock {
			flush(false)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if isBlock {
			flush(false)
		}
	}
	walk(n)
	flush(false)
	return out
}

// inlineText appends the text under n, skipping scripts.
func inlineText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
	case html.ElementNode:
		if skipTags[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			inlineText(b, c)
		}
		if blockTags[n.DataAtom] {
			b.WriteByte(' ')
		}
	}
}

func findAtom(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
		if f := findAtom(c, a); f != nil {
			return f
		}
	}
	return nil
}

// collapse turns every run of white space into one space and trims.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// matchKey is the form paragraphs are compared in across extractors.
func matchKey(s string) string {
	s = strings.ToLower(collapse(s))
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80])
	}
	return s
}

// addCaptions puts back the captions trafilatura dropped, each before the
// first paragraph that follows it in the page (or after the one that
// precedes it). A caption with no extracted paragraph near it belongs to
// something else on the page and is left out.
func addCaptions(paras []string, page []block) []string {
	if len(paras) == 0 {
		return paras
	}
	at := map[string]int{}
	for i, p := range paras {
		if _, ok := at[matchKey(p)]; !ok {
			at[matchKey(p)] = i
		}
	}
	before := map[int][]string{}
	after := map[int][]string{}
	for i, b := range page {
		if !b.caption {
			continue
		}
		if _, ok := at[matchKey(b.text)]; ok {
			continue
		}
		placed := false
		for j := i + 1; j < len(page) && !placed; j++ {
			if k, ok := at[matchKey(page[j].text)]; ok && !page[j].caption {
				before[k] = append(before[k], b.text)
				placed = true
			}
		}
		for j := i - 1; j >= 0 && !placed; j-- {
			if k, ok := at[matchKey(page[j].text)]; ok && !page[j].caption {
				after[k] = append(after[k], b.text)
				placed = true
			}
		}
	}
	if len(before) == 0 && len(after) == 0 {
		return paras
	}
	out := make([]string, 0, len(paras)+len(before)+len(after))
	for i, p := range paras {
		out = append(out, before[i]...)
		out = append(out, p)
		out = append(out, after[i]...)
	}
	return out
}

// meta holds what a page says about itself.
type meta struct {
	lang      string
	htmlTitle string
	props     map[string]string // first content of each meta name/property, lower-case keys
	timeAttr  string            // first <time datetime>
	itemDate  string            // first itemprop=datePublished
	ld        ldInfo
}

type ldInfo struct {
	headline, datePublished, publisher, language string
}

func readMeta(root *html.Node) *meta {
	m := &meta{props: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = attr(n, "lang")
					if m.lang == "" {
						m.lang = attr(n, "xml:lang")
					}
				}
			case atom.Title:
				if m.htmlTitle == "" && n.FirstChild != nil {
					var b strings.Builder
					inlineText(&b, n)
					m.htmlTitle = collapse(b.String())
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "http-equiv"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if v := collapse(attr(n, "content")); key != "" && v != "" {
					if _, ok := m.props[key]; !ok {
						m.props[key] = v
					}
				}
			case atom.Time:
				if m.timeAttr == "" {
					m.timeAttr = attr(n, "datetime")
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					m.readLD(n.FirstChild.Data)
				}
				return
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && m.itemDate == "" {
				m.itemDate = attr(n, "datetime")
				if m.itemDate == "" {
					m.itemDate = attr(n, "content")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

// readLD reads a JSON-LD block, taking the first article-like values.
func (m *meta) readLD(src string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && m.ld.datePublished == "" {
				m.ld.datePublished = s
			}
			if s, ok := x["headline"].(string); ok && m.ld.headline == "" {
				m.ld.headline = collapse(s)
			}
			if s, ok := x["inLanguage"].(string); ok && m.ld.language == "" {
				m.ld.language = s
			}
			if p, ok := x["publisher"].(map[string]any); ok && m.ld.publisher == "" {
				if s, ok := p["name"].(string); ok {
					m.ld.publisher = collapse(s)
				}
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

func (m *meta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.props[k]; v != "" {
			return v
		}
	}
	return ""
}

func (m *meta) title() string {
	if t := m.first("og:title", "twitter:title"); t != "" {
		return t
	}
	if m.ld.headline != "" {
		return m.ld.headline
	}
	t := m.htmlTitle
	if site := m.outlet(); site != "" {
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
			t = strings.TrimSuffix(t, sep+site)
			t = strings.TrimPrefix(t, site+sep)
		}
	}
	return t
}

func (m *meta) outlet() string {
	if s := m.first("og:site_name"); s != "" {
		return s
	}
	if m.ld.publisher != "" {
		return m.ld.publisher
	}
	return m.first("application-name", "twitter:site:name")
}

func (m *meta) description() string {
	return m.first("og:description", "description", "twitter:description")
}

func (m *meta) published() string {
	cands := []string{
		m.first("article:published_time", "og:article:published_time", "og:published_time"),
		m.ld.datePublished,
		m.itemDate,
		m.first("datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
			"content_publisheddate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
			"dcterms.issued", "dc.date", "dcterms.created", "date", "article_date_original"),
		m.timeAttr,
	}
	for _, c := range cands {
		if d, ok := Date(c); ok {
			return d
		}
	}
	return ""
}

// langTag reduces a language tag to its primary subtag: "en-GB" → "en",
// "id_ID" → "id". The old Indonesian code "in" becomes "id".
func langTag(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return ""
		}
	}
	if s == "in" {
		return "id"
	}
	return s
}

// LangTag is langTag for other packages: it reduces a declared language
// ("en-US", "id_ID", "in") to its lower-case primary subtag, or "".
func LangTag(s string) string { return langTag(s) }

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
