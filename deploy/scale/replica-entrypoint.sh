#!/usr/bin/env bash
# The streaming replica's entrypoint. On an empty volume it copies the primary with pg_basebackup -R (which
# writes primary_conninfo and primary_slot_name and creates standby.signal), then starts PostgreSQL as a hot
# standby. On a volume that already holds a copy it starts straight away and resumes streaming from its slot.
# Extra arguments (`command:` in docker-compose.yml) are passed to postgres as they are.
set -euo pipefail

: "${PGDATA:=/var/lib/postgresql/18/docker}"
: "${PRIMARY_HOST:?set PRIMARY_HOST}"
: "${PRIMARY_PORT:=5432}"
: "${REPLICATION_USER:?set REPLICATION_USER}"
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
: "${REPLICATION_SLOT:=replica_1}"

# Run as root by the image; PostgreSQL itself must run as postgres.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then gosu postgres "$@"; else "$@"; fi
}

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$(dirname "$PGDATA")"; fi
  chmod 700 "$PGDATA"
  until pg_isready --quiet --host "$PRIMARY_HOST" --port "$PRIMARY_PORT"; do
    echo "replica: waiting for the primary at $PRIMARY_HOST:$PRIMARY_PORT"
    sleep 1
  done
  echo "replica: copying the primary (pg_basebackup)"
  # PGPASSWORD and PGAPPNAME are written into primary_conninfo by -R; the application name is what the
  # primary's pg_stat_replication shows for this standby.
  PGPASSWORD="$REPLICATION_PASSWORD" PGAPPNAME="${REPLICA_NAME:-pg-replica}" as_postgres pg_basebackup \
    --host "$PRIMARY_HOST" --port "$PRIMARY_PORT" --username "$REPLICATION_USER" \
    --pgdata "$PGDATA" --wal-method=stream --slot "$REPLICATION_SLOT" \
    --write-recovery-conf --checkpoint=fast --no-password
  echo "replica: copy done, starting as a hot standby"
fi

exec_args=(postgres -c hot_standby=on "$@")
if [ "$(id -u)" = 0 ]; then exec gosu postgres "${exec_args[@]}"; else exec "${exec_args[@]}"; fi
