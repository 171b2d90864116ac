-- The W3C trace context of the transaction that wrote the event; the relay sends it as Kafka headers
-- (docs/events.md, envelope), so a consumer continues the trace of the request that caused the event.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT, ADD COLUMN tracestate TEXT;
