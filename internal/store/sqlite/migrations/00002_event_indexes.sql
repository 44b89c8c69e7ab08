-- Indexes behind EventFilter, Dyad, Network and the actor list. Kept apart
-- from the schema so that a version-1 database shows the upgrade path.

-- +goose Up
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_adate ON events(adate, id);
CREATE INDEX events_source_country ON events(source_country, date);
CREATE INDEX events_target_country ON events(target_country, date);
CREATE INDEX events_pair ON events(ca, cb, date);
CREATE INDEX events_type ON events(type, date);
CREATE INDEX events_quad ON events(quad_class, date);
CREATE INDEX events_status ON events(status, date);
CREATE INDEX events_source_actor ON events(source_actor_id) WHERE source_actor_id IS NOT NULL;
CREATE INDEX events_target_actor ON events(target_actor_id) WHERE target_actor_id IS NOT NULL;
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX event_contexts_event ON event_contexts(event_id);
CREATE INDEX actors_mentions ON actors(mentions DESC, id);
CREATE INDEX actors_country ON actors(country, mentions DESC);

-- +goose Down
DROP INDEX actors_country;
DROP INDEX actors_mentions;
DROP INDEX event_contexts_event;
DROP INDEX events_cluster;
DROP INDEX events_target_actor;
DROP INDEX events_source_actor;
DROP INDEX events_status;
DROP INDEX events_quad;
DROP INDEX events_type;
DROP INDEX events_pair;
DROP INDEX events_target_country;
DROP INDEX events_source_country;
DROP INDEX events_adate;
DROP INDEX events_date;
