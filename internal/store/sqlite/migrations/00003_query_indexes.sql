-- Covering index for the country-pair queries. It replaces events_pair
-- (ca, cb, date): GET /events?pair= still reads it in date order, while
-- Dyad's buckets, top contexts and Network read every column they need
-- from it instead of looking up each event row.
--
-- Queries that filter on status next to a pair write +e.status, so the
-- planner, without statistics, never prefers the unselective
-- events_status index.

-- +goose Up
CREATE INDEX events_pair_cover ON events(ca, cb, date, status, type, quad_class, goldstein);
DROP INDEX events_pair;

-- +goose Down
CREATE INDEX events_pair ON events(ca, cb, date);
DROP INDEX events_pair_cover;
