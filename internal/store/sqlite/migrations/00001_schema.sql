-- Schema of a dyad store: documents with their full-text index, the
-- cross-document actor registry, and what each document holds (actors,
-- events, quotes, figures). Spans are byte offsets into documents.text.

-- +goose Up
CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    doc_key        TEXT    NOT NULL,            -- the record's doc_id
    origin         TEXT    NOT NULL DEFAULT '',
    url            TEXT    NOT NULL DEFAULT '',
    title          TEXT    NOT NULL DEFAULT '',
    outlet         TEXT    NOT NULL DEFAULT '',
    published      TEXT    NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
    published_from TEXT    NOT NULL DEFAULT '',
    language       TEXT    NOT NULL DEFAULT '',
    input_language TEXT    NOT NULL DEFAULT '',
    raw            TEXT,                         -- NULL when equal to text
    text           TEXT    NOT NULL,
    content_hash   BLOB    NOT NULL UNIQUE,      -- SHA-256 of text
    simhash        INTEGER,                      -- 64-bit simhash of word 3-shingles; NULL when too short
    duplicate_of   INTEGER REFERENCES documents(id),
    dateline       TEXT,                         -- JSON doc.Dateline or NULL
    diagnostics    TEXT,                         -- JSON []doc.Diagnostic or NULL
    n_events       INTEGER NOT NULL DEFAULT 0,
    ingested_at    INTEGER NOT NULL              -- Unix milliseconds
);
CREATE INDEX documents_key ON documents(doc_key);
CREATE INDEX documents_published ON documents(published, id);
CREATE INDEX documents_dup ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
-- Simhash bands: four 16-bit bands, so any two hashes within Hamming
-- distance 3 share at least one band and near-duplicate lookup is indexed.
CREATE INDEX documents_sh0 ON documents((simhash & 65535)) WHERE simhash IS NOT NULL;
CREATE INDEX documents_sh1 ON documents(((simhash >> 16) & 65535)) WHERE simhash IS NOT NULL;
CREATE INDEX documents_sh2 ON documents(((simhash >> 32) & 65535)) WHERE simhash IS NOT NULL;
CREATE INDEX documents_sh3 ON documents(((simhash >> 48) & 65535)) WHERE simhash IS NOT NULL;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- +goose StatementBegin
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- +goose StatementEnd

-- The cross-document actor registry.
CREATE TABLE actors (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    norm_name  TEXT    NOT NULL,
    country    TEXT    NOT NULL DEFAULT '',
    sector     TEXT    NOT NULL DEFAULT '',
    org        TEXT    NOT NULL DEFAULT '',
    pinned     INTEGER NOT NULL DEFAULT 0,
    mentions   INTEGER NOT NULL DEFAULT 0,
    documents  INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT    NOT NULL DEFAULT '',
    last_seen  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX actors_norm_name ON actors(norm_name);

CREATE TABLE actor_aliases (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias      TEXT    NOT NULL,   -- first spelling seen
    norm_alias TEXT    NOT NULL,
    UNIQUE (norm_alias, actor_id)
);
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE actor_titles (
    actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    norm_title TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    first_seen TEXT    NOT NULL DEFAULT '',
    last_seen  TEXT    NOT NULL DEFAULT '',
    count      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, norm_title)
) WITHOUT ROWID;

-- Actors as found in one document (doc.Actor), linked to the registry.
CREATE TABLE doc_actors (
    id       INTEGER PRIMARY KEY,
    doc_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT    NOT NULL,      -- A1, A2, ...
    actor_id INTEGER REFERENCES actors(id),
    kind     TEXT    NOT NULL DEFAULT '',
    name     TEXT    NOT NULL DEFAULT '',
    country  TEXT    NOT NULL DEFAULT '',
    sector   TEXT    NOT NULL DEFAULT '',
    title    TEXT    NOT NULL DEFAULT '',
    org      TEXT    NOT NULL DEFAULT '',
    aliases  TEXT,                  -- JSON []string or NULL
    mentions TEXT                   -- JSON [[start,end],...] or NULL
);
CREATE INDEX doc_actors_doc ON doc_actors(doc_id);
CREATE INDEX doc_actors_actor ON doc_actors(actor_id) WHERE actor_id IS NOT NULL;

-- Clusters: the same event reported by several documents. ckey is
-- type|country|country|date for events with a date and a country, NULL
-- (a cluster of its own) otherwise.
CREATE TABLE event_clusters (
    id           INTEGER PRIMARY KEY,
    ckey         TEXT UNIQUE,
    type         TEXT    NOT NULL,
    ca           TEXT    NOT NULL DEFAULT '',
    cb           TEXT    NOT NULL DEFAULT '',
    date         TEXT    NOT NULL DEFAULT '',
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_sources  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE cluster_sources (
    cluster_id INTEGER NOT NULL REFERENCES event_clusters(id),
    source     TEXT    NOT NULL,    -- outlet, or doc key when the outlet is empty
    PRIMARY KEY (cluster_id, source)
) WITHOUT ROWID;

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    doc_id          INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id        TEXT    NOT NULL DEFAULT '',
    type            TEXT    NOT NULL,
    mode            TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT '',
    source_local    TEXT    NOT NULL DEFAULT '',
    source_actor_id INTEGER REFERENCES actors(id),
    source_name     TEXT    NOT NULL DEFAULT '',
    source_country  TEXT    NOT NULL DEFAULT '',
    source_sector   TEXT    NOT NULL DEFAULT '',
    target_local    TEXT    NOT NULL DEFAULT '',
    target_actor_id INTEGER REFERENCES actors(id),
    target_name     TEXT    NOT NULL DEFAULT '',
    target_country  TEXT    NOT NULL DEFAULT '',
    target_sector   TEXT    NOT NULL DEFAULT '',
    ca              TEXT    NOT NULL DEFAULT '',  -- the lesser of the two countries
    cb              TEXT    NOT NULL DEFAULT '',  -- the greater
    directed        INTEGER NOT NULL DEFAULT 0,
    date            TEXT    NOT NULL DEFAULT '',
    -- adate sorts empty dates last in ascending order.
    adate           TEXT GENERATED ALWAYS AS (CASE WHEN date = '' THEN '~' ELSE date END) VIRTUAL,
    date_end        TEXT    NOT NULL DEFAULT '',
    date_text       TEXT    NOT NULL DEFAULT '',
    date_span_start INTEGER,
    date_span_end   INTEGER,
    has_location    INTEGER NOT NULL DEFAULT 0,
    location_name   TEXT    NOT NULL DEFAULT '',
    location_country TEXT   NOT NULL DEFAULT '',
    location_span_start INTEGER,
    location_span_end   INTEGER,
    contexts        TEXT,                 -- JSON []string or NULL
    cameo           TEXT    NOT NULL DEFAULT '',
    quad_class      INTEGER NOT NULL DEFAULT 0,
    goldstein       REAL    NOT NULL DEFAULT 0,
    trigger_start   INTEGER NOT NULL DEFAULT 0,
    trigger_end     INTEGER NOT NULL DEFAULT 0,
    rule            TEXT    NOT NULL DEFAULT '',
    lexicon         TEXT,                 -- JSON []string or NULL
    evidence        TEXT,                 -- JSON []doc.Evidence or NULL
    cluster_id      INTEGER NOT NULL REFERENCES event_clusters(id)
);
CREATE INDEX events_doc ON events(doc_id);

CREATE TABLE event_contexts (
    context  TEXT    NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    PRIMARY KEY (context, event_id)
) WITHOUT ROWID;

-- Evidence text of each event, rowid = events.id.
CREATE VIRTUAL TABLE events_fts USING fts5(
    text, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE quotes (
    id               INTEGER PRIMARY KEY,
    doc_id           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker_local    TEXT    NOT NULL DEFAULT '',
    speaker_actor_id INTEGER REFERENCES actors(id),
    text             TEXT    NOT NULL DEFAULT '',
    start            INTEGER NOT NULL DEFAULT 0,
    "end"            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_speaker ON quotes(speaker_actor_id) WHERE speaker_actor_id IS NOT NULL;

CREATE TABLE figures (
    id     INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind   TEXT    NOT NULL DEFAULT '',
    value  REAL    NOT NULL DEFAULT 0,
    unit   TEXT    NOT NULL DEFAULT '',
    text   TEXT    NOT NULL DEFAULT '',
    start  INTEGER NOT NULL DEFAULT 0,
    "end"  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX figures_doc ON figures(doc_id);

-- +goose Down
DROP TABLE figures;
DROP TABLE quotes;
DROP TABLE events_fts;
DROP TABLE event_contexts;
DROP TABLE events;
DROP TABLE cluster_sources;
DROP TABLE event_clusters;
DROP TABLE doc_actors;
DROP TABLE actor_titles;
DROP TABLE actor_aliases;
DROP TABLE actors;
DROP TRIGGER documents_fts_au;
DROP TRIGGER documents_fts_ad;
DROP TRIGGER documents_fts_ai;
DROP TABLE documents_fts;
DROP TABLE documents;
