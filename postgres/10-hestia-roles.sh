#!/usr/bin/env bash
# Init script of the postgres image (docker-compose.yml mounts it in /docker-entrypoint-initdb.d): runs once, on an
# empty data directory, as the image's superuser. It creates Hestia's two roles and gives the database to the owner:
#   hestia      owns the schema; only Flyway connects with it (HESTIA_DB_OWNER_USER/PASSWORD)
#   hestia_app  the backend's connection (HESTIA_DB_USER/PASSWORD); its rights come from migration V11
# Idempotent. Outside compose, a DBA does the same (see README, Operations).
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$HESTIA_DB_OWNER_PASSWORD" -v app_password="$HESTIA_DB_PASSWORD" <<'SQL'
select format('create role hestia login password %L', :'owner_password')
where not exists (select from pg_roles where rolname = 'hestia') \gexec
select format('create role hestia_app login password %L', :'app_password')
where not exists (select from pg_roles where rolname = 'hestia_app') \gexec
alter database hestia owner to hestia;
SQL
