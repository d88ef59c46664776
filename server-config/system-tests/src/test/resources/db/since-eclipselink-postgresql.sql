-- What the changesets since EclipseLink made the schema add to its tables (004 and on): applied
-- after eclipselink-postgresql.sql, it is the schema a migrated database has.
ALTER TABLE messages ADD COLUMN deleted_at TIMESTAMP;
CREATE TABLE read_marks (username_key VARCHAR(30) NOT NULL, room VARCHAR(30) NOT NULL, read_to BIGINT NOT NULL, PRIMARY KEY (username_key, room));
