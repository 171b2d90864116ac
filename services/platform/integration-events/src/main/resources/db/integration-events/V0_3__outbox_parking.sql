-- A row the broker refuses every time (too large, unknown topic, not authorized) is parked after a few
-- attempts instead of blocking every row behind it; parked rows wait for an operator (docs/events.md).
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ;
DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL AND parked_at IS NULL;
-- inbox rows only need to outlive redelivery; OutboxRelay.removeOldRows deletes those older than 30 days
CREATE INDEX inbox_event_processed_at ON inbox_event (processed_at);
