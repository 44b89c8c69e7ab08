-- Faster pair queries and cheaper ingest.
--
-- events_pair_cover replaces events_pair (ca, cb, date): GET /events?pair=
-- still reads it in date order, while Dyad's buckets and top contexts and
-- Network read every column they need from it instead of looking up each
-- event row. Queries that filter on status next to a pair write +e.status,
-- so that the planner never takes status for an index constraint.
--
-- events_cluster served no query (clusters are never deleted). The
-- status and quad_class indexes, over four values each, found little
-- that a walk of events_date in the requested order does not find as
-- fast. Each cost a page write per event.
--
-- The documents_fts insert trigger goes: PutDocument inserts a document's
-- FTS row itself at the end of its transaction. FTS5 writes its pending
-- terms to a new segment whenever a later statement in the transaction
-- opens a savepoint, so a row inserted by the trigger was flushed on its
-- own, and then merged, for every document. The update and delete
-- triggers stay.

-- +goose Up
CREATE INDEX events_pair_cover ON events(ca, cb, date, status, type, quad_class, goldstein);
DROP INDEX events_pair;
DROP INDEX events_cluster;
DROP INDEX events_status;
DROP INDEX events_quad;
DROP TRIGGER documents_fts_ai;

-- +goose Down
-- +goose StatementBegin
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
-- +goose StatementEnd
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_quad ON events(quad_class, date);
CREATE INDEX events_status ON events(status, date);
CREATE INDEX events_pair ON events(ca, cb, date);
DROP INDEX events_pair_cover;
