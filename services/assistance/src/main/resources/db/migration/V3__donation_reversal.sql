-- A donation recorded by mistake is reversed (a reversing posting), never deleted or edited.
ALTER TABLE donation ADD COLUMN reversed_on DATE;
ALTER TABLE donation ADD COLUMN reversal_reason TEXT;
ALTER TABLE donation ADD CONSTRAINT donation_reversal CHECK ((reversed_on IS NULL) = (reversal_reason IS NULL));
