-- What the changesets since EclipseLink made the schema add to its tables (004 and on): applied
-- after eclipselink-derby.sql, it is the schema a migrated database has.
ALTER TABLE MESSAGES ADD COLUMN DELETED_AT TIMESTAMP;
