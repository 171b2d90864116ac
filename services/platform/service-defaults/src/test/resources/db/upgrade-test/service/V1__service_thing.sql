-- a service's first migration
CREATE TABLE service_thing (id BIGINT PRIMARY KEY);
