#!/usr/bin/env bash
# Fault run (make chaos): a stack of its own - PostgreSQL 55435 (fresh data in .hestia/chaos-pgdata),
# Keycloak 8183 (management 9183), backend 8083 (packaged jar) - and CHAOS_WRITERS concurrent clients
# creating households through the API with real tokens (scripts/chaos/writers.mjs). Mid-run it SIGKILLs the
# PostgreSQL postmaster, restarts PostgreSQL on the same data directory CHAOS_DOWN seconds later, keeps
# writing, then stops Keycloak and keeps writing with the tokens issued before. scripts/chaos/report.mjs then
# checks every acknowledged (2xx) write against the database and prints: writes acknowledged, acknowledged
# writes missing, answers while PostgreSQL was down by status, recovery time, answers while Keycloak was down.
# Exits non-zero when an acknowledged write is lost, an answer is a 5xx other than 503, an error is not
# problem+json, a request got no answer, the API did not recover, or anything failed while Keycloak was down.
#   CHAOS_WRITERS (8), CHAOS_BEFORE (8 s of writes before the kill), CHAOS_DOWN (5 s), CHAOS_AFTER (8 s),
#   CHAOS_KEYCLOAK_DOWN (8 s). Fixed ports: run it as `make chaos` (which holds /tmp/hestia-fixed-ports.lock).
# Logs and the run's figures: .hestia/logs/chaos/ (report.txt, events.jsonl, backend.log, postgres.log...).
source "$(dirname "$0")/lib.sh"

WRITERS=${CHAOS_WRITERS:-8}
BEFORE=${CHAOS_BEFORE:-8}
DOWN=${CHAOS_DOWN:-5}
AFTER=${CHAOS_AFTER:-8}
KEYCLOAK_DOWN=${CHAOS_KEYCLOAK_DOWN:-8}
PG_PORT=55435
KC_PORT=8183
API_PORT=8083
PGDATA_DIR=.hestia/chaos-pgdata
RUN_SET=chaos
LOGS="$HESTIA_DIR/logs/chaos"
MARKS="$LOGS/marks.txt"
REALM_URL="http://localhost:$KC_PORT/realms/hestia"
# Both organisations, every role that may create a household.
USERS=(sw-binhome sw2-binhome manager-binhome admin-binhome sw-llb sw2-llb manager-llb admin-llb)

stop_all_on_exit

now_ms() { date +%s%3N; }
mark() { echo "$1 $(now_ms)" >>"$MARKS"; log "$1"; }

# devstack NAME ONLY: starts PostgreSQL or Keycloak alone (be.hestia.devstack.DevStack --only), in a process
# group of its own, so that each can be stopped or restarted without the other.
devstack() {
  local name=$1 only=$2
  start_bg "$name" "$LOGS/devstack-$name.log" \
    java -Xmx256m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$(cat "$DEVSTACK_CP_FILE"):$ROOT/backend/target/test-classes:$ROOT/backend/target/classes" \
    be.hestia.devstack.DevStack --root "$ROOT" --only "$only" --pg-port "$PG_PORT" --pg-data "$PGDATA_DIR" \
    --kc-port "$KC_PORT" --kc-mgmt-port 9183 --logs .hestia/logs/chaos
}

command -v node >/dev/null || die "node (20+) is needed for the writers"
command -v psql >/dev/null || { log "installing psql from Debian"; apt-get update -qq >/dev/null && apt-get install -y -qq postgresql-client >/dev/null; }
stop_stale
for p in "$PG_PORT:PostgreSQL" "$KC_PORT:Keycloak" 9183:Keycloak-management "$API_PORT:backend"; do
  require_port_free "${p%%:*}" "${p#*:}"
done
ensure_backend_built
rm -rf "$LOGS" "$PGDATA_DIR"
mkdir -p "$LOGS"

log "starting PostgreSQL ($PG_PORT) and Keycloak ($KC_PORT); logs in $LOGS"
devstack postgres postgres
devstack keycloak keycloak
wait_for_line postgres "$LOGS/devstack-postgres.log" "DEVSTACK READY" 120
wait_for_line keycloak "$LOGS/devstack-keycloak.log" "DEVSTACK READY" 300

start_bg backend "$LOGS/backend.log" \
  env QUARKUS_HTTP_PORT=$API_PORT HESTIA_DB_URL=jdbc:postgresql://localhost:$PG_PORT/hestia \
  HESTIA_DB_USER=hestia_app HESTIA_DB_PASSWORD=hestia_app HESTIA_DB_OWNER_USER=hestia HESTIA_DB_OWNER_PASSWORD=hestia \
  HESTIA_OIDC_URL="$REALM_URL" HESTIA_DEMO_DATA=false \
  java -Xmx512m -Dquarkus.profile=dev -Dquarkus.log.category.\"be.hestia\".level=INFO -jar "$ROOT/$BACKEND_JAR"
wait_for_http backend "http://localhost:$API_PORT/q/health/ready" 180 "$LOGS/backend.log"

RUN_TAG="Chaos$(date +%s)"
start_bg writers "$LOGS/writers.log" node scripts/chaos/writers.mjs "http://localhost:$API_PORT" "$REALM_URL" \
  "$LOGS/events.jsonl" "$RUN_TAG" "$(IFS=,; echo "${USERS[*]:0:$WRITERS}")"
wait_for_line writers "$LOGS/writers.log" "WRITERS READY" 60
mark start
sleep "$BEFORE"

# --- PostgreSQL: SIGKILL the postmaster, as the OOM killer would; restart it on the same data directory.
postmaster=$(head -1 "$PGDATA_DIR/postmaster.pid")
servers=$(pgrep -P "$postmaster" | tr '\n' ' ')
mark pg-kill
kill -KILL "$postmaster"
# Its server processes exit once they see it gone; the DevStack that started it has nothing left to stop.
for pid in $servers; do
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
done
stop_group postgres "$(pid_of postgres)" 10
sleep "$DOWN"
mark pg-restart
devstack postgres-restarted postgres
# Accepting connections, i.e. crash recovery done: the moment the recovery time is measured from.
until pg_isready -q -h localhost -p "$PG_PORT"; do
  alive "$(pid_of postgres-restarted)" || die "PostgreSQL did not restart (log: $LOGS/devstack-postgres-restarted.log)"
  sleep 0.1
done
mark pg-back
wait_for_line postgres-restarted "$LOGS/devstack-postgres-restarted.log" "DEVSTACK READY" 120
sleep "$AFTER"

# --- Keycloak: stopped for good; the tokens the writers hold keep working (the backend has its keys).
mark kc-stop
stop_group keycloak "$(pid_of keycloak)" 30
mark kc-stopped
if curl -s -o /dev/null --max-time 5 -d grant_type=password -d client_id=hestia-dev -d username=sw-binhome \
  -d password=demo "$REALM_URL/protocol/openid-connect/token"; then
  echo "new-token obtained" >>"$MARKS"
else
  echo "new-token refused" >>"$MARKS"
fi
sleep "$KEYCLOAK_DOWN"
mark end

kill -TERM "$(pid_of writers)"
while alive "$(pid_of writers)"; do sleep 0.2; done
grep -q . "$LOGS/events.jsonl" 2>/dev/null || die "the writers recorded nothing (log: $LOGS/writers.log)"

# As the superuser: row-level security must not hide a row from this count.
psql -h localhost -p "$PG_PORT" -U postgres -d hestia -At -v tag="$RUN_TAG" >"$LOGS/ids-in-database.txt" <<'SQL'
select distinct m.household_id from household_member m where m.last_name = :'tag';
SQL
incidents=$(grep -c "Incident " "$LOGS/backend.log" || true)
node scripts/chaos/report.mjs "$LOGS/events.jsonl" "$MARKS" "$LOGS/ids-in-database.txt" "$incidents" \
  | tee "$LOGS/report.txt"
