// Package pipeline composes dyad's stages. One document runs through them
// synchronously: clean, language, metadata, segmentation, actors, events.
// Parallelism is across documents (see Pool), never across stages.
package pipeline

import (
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/event"
	"github.com/dyad-project/dyad/internal/langid"
	"github.com/dyad-project/dyad/internal/meta"
	"github.com/dyad-project/dyad/internal/text"
	_ "github.com/dyad-project/dyad/internal/text/lang/all" // English and Indonesian packs
)

// Options configure a Pipeline. Nil fields get the defaults.
type Options struct {
	// Cleaner cleans raw text; nil means the default cleaner.
	Cleaner *clean.Cleaner
	// Lang identifies the language; nil means langid.New().
	Lang langid.Identifier
	// Actors finds actors; nil means actor.New with the embedded lexicon.
	Actors *actor.Extractor
	// Events codes events; nil means event.New with the embedded lexicon.
	Events *event.Coder
	// Registry gives countries of names seen before; may be nil.
	Registry actor.Registry
	// Stop, when set, ends the pipeline after the named stage ("segment"
	// for the foundation stages alone, "actors"); "" runs every stage.
	Stop string
}

// DefaultOptions returns options that run every stage with the embedded data.
func DefaultOptions() Options { return Options{} }

// Pipeline runs the stages over documents. It is safe for concurrent use.
type Pipeline struct {
	opt Options
}

// New returns a Pipeline.
func New(opt Options) (*Pipeline, error) {
	if opt.Cleaner == nil {
		c, err := clean.New(clean.DefaultOptions())
		if err != nil {
			return nil, err
		}
		opt.Cleaner = c
	}
	if opt.Lang == nil {
		opt.Lang = langid.New()
	}
	if opt.Actors == nil {
		opt.Actors = actor.New(actor.Options{Registry: opt.Registry})
	}
	if opt.Events == nil {
		c, err := event.New(event.Options{Actors: opt.Actors.Lexicon()})
		if err != nil {
			return nil, err
		}
		opt.Events = c
	}
	return &Pipeline{opt: opt}, nil
}

// Process runs every stage over d, whose Raw text (and metadata) the
// ingest stage set.
func (p *Pipeline) Process(d *doc.Document) {
	var diags []doc.Diagnostic
	d.Text, diags = p.opt.Cleaner.Text(d.Raw)
	d.Diagnostics = append(d.Diagnostics, diags...)
	d.Language = p.language(d)
	meta.Apply(d)
	text.Segment(d)
	if p.opt.Stop == "segment" {
		return
	}
	ar := p.opt.Actors.Extract(d)
	defer ar.Release()
	if p.opt.Stop == "actors" {
		return
	}
	p.opt.Events.Code(d, ar)
}

func (p *Pipeline) language(d *doc.Document) string {
	sample := d.Text
	if len(sample) > 4000 {
		sample = sample[:4000]
		for len(sample) > 0 && sample[len(sample)-1]&0xC0 == 0x80 {
			sample = sample[:len(sample)-1]
		}
	}
	if d.Title != "" {
		sample = d.Title + "\n" + sample
	}
	r := p.opt.Lang.Identify(sample)
	if r.Lang == "und" {
		if l := strings.ToLower(d.InputLanguage); l == "en" || l == "id" {
			d.Diag(doc.Info, "langid", "language unsure from the text; using the input's declared language "+l, nil)
			return l
		}
		d.Diag(doc.Warning, "langid", "language could not be identified", nil)
	}
	return r.Lang
}
