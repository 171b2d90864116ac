-- a platform library's first migration
CREATE TABLE lib_thing (id BIGINT PRIMARY KEY);
