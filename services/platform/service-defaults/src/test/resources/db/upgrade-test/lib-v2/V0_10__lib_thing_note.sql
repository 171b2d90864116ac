-- the library's next migration, released after the service reached V2
ALTER TABLE lib_thing ADD COLUMN note TEXT;
