-- a service's second migration
ALTER TABLE service_thing ADD COLUMN name TEXT;
