-- Review S10: a large import runs in the background, committed in chunks; its report shows how far it got.
ALTER TABLE member_import ADD COLUMN status TEXT NOT NULL DEFAULT 'DONE'
    CONSTRAINT member_import_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'));
ALTER TABLE member_import ADD COLUMN rows_done INT NOT NULL DEFAULT 0;
ALTER TABLE member_import ADD COLUMN failure TEXT;
-- when a background import last committed a chunk: one that stops moving is shown as FAILED
ALTER TABLE member_import ADD COLUMN progressed_at TIMESTAMPTZ;
UPDATE member_import SET rows_done = coalesce(total_rows, 0);
