// Package store defines how dyad keeps documents, actors, events, quotes and
// figures. Backends live in sub-packages (store/sqlite is the embedded
// default); every backend passes the conformance suite in store/storetest.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// ErrNotFound is returned when a document, event or actor does not exist.
var ErrNotFound = errors.New("store: not found")

// ErrBadFilter is returned (wrapped, with a message naming the field) when
// a filter or cursor is malformed.
var ErrBadFilter = errors.New("store: bad filter")

// PutStatus says what PutDocument did with a document.
type PutStatus string

const (
	Stored        PutStatus = "stored"         // a new document
	Duplicate     PutStatus = "duplicate"      // same content hash as a stored document; nothing written
	NearDuplicate PutStatus = "near-duplicate" // stored, and linked to the first copy of the story
)

// PutResult is the outcome of PutDocument.
type PutResult struct {
	ID          int64     // the stored document's id (the existing one for Duplicate)
	Status      PutStatus //
	DuplicateOf int64     // the first copy, for Duplicate and NearDuplicate
}

// DocSummary is a document without its text.
type DocSummary struct {
	ID          int64     `json:"id"`
	Key         string    `json:"doc_id"` // the record's doc_id
	URL         string    `json:"url,omitempty"`
	Title       string    `json:"title,omitempty"`
	Outlet      string    `json:"outlet,omitempty"`
	Published   string    `json:"published,omitempty"`
	Language    string    `json:"language"`
	Origin      string    `json:"origin,omitempty"`
	IngestedAt  time.Time `json:"ingested_at"`
	Events      int       `json:"events"`
	DuplicateOf int64     `json:"duplicate_of,omitempty"`
	Snippet     string    `json:"snippet,omitempty"` // FTS snippet when searched
}

// StoredDocument is a document with its texts and everything coded in it.
type StoredDocument struct {
	DocSummary
	ContentHash string
	// Doc holds Raw, Text, Dateline, Actors, Events, Quotes, Figures and
	// Diagnostics as they were when stored.
	Doc *doc.Document
	// EventIDs are the store ids of Doc.Events, in the same order.
	EventIDs []int64
}

// DocFilter selects documents.
type DocFilter struct {
	Query  string // FTS5 query over title and text; "" for all
	Limit  int    // 1..500; 0 means 50
	Cursor string // opaque, from a previous page
}

// EventFilter selects events. Empty fields do not filter.
type EventFilter struct {
	Country   string    // either side is this ISO3 code
	Pair      [2]string // both sides, either direction
	ActorID   int64     // registry actor on either side
	Actor     string    // actor name substring on either side
	Type      string    // PLOVER type
	QuadClass int       // 1..4
	Context   string    // PLOVER context
	Status    string    // reported, planned, negated, hypothetical
	From, To  string    // YYYY-MM-DD inclusive, on the event date
	Text      string    // words in the evidence text
	DocID     int64     // events of one document
	Limit     int       // 1..500; 0 means 50
	Cursor    string    // opaque, from a previous page
	Ascending bool      // sort by date ascending; default newest first
}

// SideRow is one side of a stored event.
type SideRow struct {
	ActorID int64  `json:"actor_id,omitempty"` // registry actor
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

// EventRow is a stored event with its document's metadata.
type EventRow struct {
	ID          int64          `json:"id"`
	DocID       int64          `json:"doc_id"`
	DocKey      string         `json:"doc_key"`
	Title       string         `json:"title,omitempty"`
	URL         string         `json:"url,omitempty"` // the document's URL
	Outlet      string         `json:"outlet,omitempty"`
	Published   string         `json:"published,omitempty"`
	Type        string         `json:"type"`
	Mode        string         `json:"mode,omitempty"`
	Status      string         `json:"status"`
	Source      SideRow        `json:"source"`
	Target      SideRow        `json:"target"`
	Directed    bool           `json:"directed"`
	Date        string         `json:"date,omitempty"`
	DateEnd     string         `json:"date_end,omitempty"`
	DateText    string         `json:"date_text,omitempty"`
	Location    string         `json:"location,omitempty"`
	LocationCC  string         `json:"location_country,omitempty"`
	Contexts    []string       `json:"contexts"`
	CAMEO       string         `json:"cameo,omitempty"`
	QuadClass   int            `json:"quad_class"`
	Goldstein   float64        `json:"goldstein"`
	Evidence    []doc.Evidence `json:"evidence"`
	ClusterID   int64          `json:"cluster_id"`
	NumMentions int            `json:"num_mentions"` // mentions of the cluster across documents
	NumSources  int            `json:"num_sources"`  // distinct outlets in the cluster
}

// EventPage is one page of events.
type EventPage struct {
	Events     []EventRow `json:"events"`
	NextCursor string     `json:"next_cursor,omitempty"`
}

// DyadFilter shapes a country-pair summary.
type DyadFilter struct {
	Interval string // "week" or "month"; "" means month
	From, To string // YYYY-MM-DD inclusive
	Latest   int    // how many latest events; 0 means 10
}

// Bucket counts a pair's events in one period.
type Bucket struct {
	Period    string  `json:"period"` // 2024-03 or 2024-W09
	Type      string  `json:"type"`
	QuadClass int     `json:"quad_class"`
	Count     int     `json:"count"`
	Goldstein float64 `json:"mean_goldstein"`
}

// Count is a name with a count.
type Count struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// DyadStats summarises the events between two countries.
type DyadStats struct {
	A             string     `json:"a"`
	B             string     `json:"b"`
	Interval      string     `json:"interval"`
	Total         int        `json:"total"`
	MeanGoldstein float64    `json:"mean_goldstein"`
	Buckets       []Bucket   `json:"buckets"`
	TopContexts   []Count    `json:"top_contexts"`
	Latest        []EventRow `json:"latest"`
}

// NetworkFilter selects the events that make the network.
type NetworkFilter struct {
	From, To  string
	QuadClass int
	Status    string // "" means reported
}

// Node is a country in the network.
type Node struct {
	Country string `json:"country"`
	Events  int    `json:"events"`
}

// Edge is a weighted pair of countries.
type Edge struct {
	A             string  `json:"a"`
	B             string  `json:"b"`
	Count         int     `json:"count"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// Network is countries and the weighted pairs between them.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// ActorTitle is a title an actor was seen with, and when.
type ActorTitle struct {
	Title     string `json:"title"`
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
	Count     int    `json:"count"`
}

// RegistryActor is an actor in the cross-document registry.
type RegistryActor struct {
	ID        int64        `json:"id"`
	Kind      string       `json:"kind"`
	Name      string       `json:"name"`
	Country   string       `json:"country,omitempty"`
	Sector    string       `json:"sector,omitempty"`
	Org       string       `json:"org,omitempty"`
	Aliases   []string     `json:"aliases"`
	Titles    []ActorTitle `json:"titles"`
	Mentions  int          `json:"mentions"`
	Documents int          `json:"documents"`
	Events    int          `json:"events"`
	Pinned    bool         `json:"pinned"` // country/sector fixed by a user pin
	FirstSeen string       `json:"first_seen,omitempty"`
	LastSeen  string       `json:"last_seen,omitempty"`
}

// ActorFilter selects registry actors.
type ActorFilter struct {
	Query   string // name or alias substring
	Country string
	Limit   int // 0 means 50
	Offset  int
}

// ActorPin pins or corrects a registry actor, from a user TSV file.
// Empty fields leave the stored value alone.
type ActorPin struct {
	Name    string // the actor's name or one of its aliases
	Country string
	Sector  string
	Aliases []string // added aliases
}

// Stats counts what the store holds.
type Stats struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`
	Actors    int `json:"actors"`
	Clusters  int `json:"clusters"`
}

// Store is a dyad database. Implementations are safe for concurrent use.
type Store interface {
	// PutDocument stores a processed document with its actors, events,
	// quotes and figures in one transaction: after a crash either all of
	// it is stored or none. A document whose cleaned-text hash is already
	// stored is not written again.
	PutDocument(ctx context.Context, d *doc.Document) (PutResult, error)
	// Document returns one document by store id.
	Document(ctx context.Context, id int64) (*StoredDocument, error)
	// DocumentByKey returns a document by its doc_id.
	DocumentByKey(ctx context.Context, key string) (*StoredDocument, error)
	// Documents lists or searches documents, newest first.
	Documents(ctx context.Context, f DocFilter) ([]DocSummary, string, error)
	// Events lists events matching f, sorted by date, with cursor paging.
	Events(ctx context.Context, f EventFilter) (EventPage, error)
	// Event returns one event by store id (as in StoredDocument.EventIDs
	// and EventRow.ID), or ErrNotFound.
	Event(ctx context.Context, id int64) (*EventRow, error)
	// Dyad summarises the events between countries a and b.
	Dyad(ctx context.Context, a, b string, f DyadFilter) (*DyadStats, error)
	// Network returns the country network.
	Network(ctx context.Context, f NetworkFilter) (*Network, error)
	// Actors lists or searches registry actors, most mentioned first.
	Actors(ctx context.Context, f ActorFilter) ([]RegistryActor, error)
	// Actor returns one registry actor.
	Actor(ctx context.Context, id int64) (*RegistryActor, error)
	// LookupActor returns registry actors whose name or alias equals name
	// (case-insensitive), most mentioned first; used to give a country to
	// a name that appears without a title.
	LookupActor(ctx context.Context, name string) ([]RegistryActor, error)
	// MergeActors folds actor from into actor into: aliases, titles,
	// mentions and event sides move over and from is deleted.
	MergeActors(ctx context.Context, into, from int64) error
	// PinActor applies a user correction; it returns ErrNotFound when no
	// actor has that name or alias.
	PinActor(ctx context.Context, p ActorPin) error
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the database.
	Close() error
}
