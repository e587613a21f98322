#!/usr/bin/env bash
# Runs once, on the primary's empty volume (the postgres image runs /docker-entrypoint-initdb.d/* after initdb):
# the replication role, a physical slot for the replica, and the pg_hba line that lets that role stream WAL.
# wal_level, max_wal_senders and the slot's WAL bound are command flags in docker-compose.yml.
set -euo pipefail

: "${REPLICATION_USER:?set REPLICATION_USER}"
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
: "${REPLICATION_SLOT:=replica_1}"

# psql variables (:"name", :'text') quote the role name and the password, whatever they hold.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v role="$REPLICATION_USER" -v password="$REPLICATION_PASSWORD" -v slot="$REPLICATION_SLOT" <<'SQL'
CREATE ROLE :"role" WITH REPLICATION LOGIN PASSWORD :'password';
-- The slot keeps the WAL the replica has not received yet, so a replica that was down catches up instead of
-- needing a new base backup; max_slot_wal_keep_size bounds what a replica that never returns can hold.
SELECT pg_create_physical_replication_slot(:'slot');
SQL

# `all` in the database column does not match replication connections: they need their own line.
# Appended after the image's `host all all all scram-sha-256`; the server reads this file when it starts for real.
printf '\nhost replication %s all scram-sha-256\n' "$REPLICATION_USER" >>"$PGDATA/pg_hba.conf"
