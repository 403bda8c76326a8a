-- The application connects as its own role (${app_role}: quarkus.datasource.username), not as the schema owner
-- that runs these migrations. It reads and writes business rows, may only read and add to the access log, and owns
-- nothing: it can neither change nor erase the log, nor drop the log's append-only triggers, nor alter any table.
-- The role itself is created outside the migrations (devstack, the compose init script, the DBA in production).

grant usage on schema public to "${app_role}";
grant select, insert, update, delete on all tables in schema public to "${app_role}";
grant usage, select on all sequences in schema public to "${app_role}";

revoke all on access_log from "${app_role}";
grant select, insert on access_log to "${app_role}";
-- Flyway's own history is the owner's business.
revoke all on "${flyway:table}" from "${app_role}";

-- Tables and sequences created by later migrations (run by this same owner) get the same rights. A later table that
-- must be insert-only, like access_log, revokes update and delete in its own migration.
alter default privileges in schema public grant select, insert, update, delete on tables to "${app_role}";
alter default privileges in schema public grant usage, select on sequences to "${app_role}";
-- Functions: PostgreSQL grants EXECUTE to PUBLIC by default; said here so that it does not depend on that default.
alter default privileges in schema public grant execute on functions to "${app_role}";
