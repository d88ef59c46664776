-- What the changesets since EclipseLink made the schema add to its tables (004 and on): applied
-- after eclipselink-derby.sql, it is the schema a migrated database has.
ALTER TABLE MESSAGES ADD COLUMN DELETED_AT TIMESTAMP;
CREATE TABLE READ_MARKS (USERNAME_KEY VARCHAR(30) NOT NULL, ROOM VARCHAR(30) NOT NULL, READ_TO BIGINT NOT NULL, PRIMARY KEY (USERNAME_KEY, ROOM));
