#!/usr/bin/env bash
# Load benchmark (make bench): a stack of its own (PostgreSQL 55434 with data kept in .hestia/bench-pgdata,
# Keycloak 8182, backend 8082), BinHôme seeded at the chosen scale by scripts/bench/generate.sql, then wrk
# with real Keycloak tokens against: household search, opening a long timeline and its case file, a
# worker's caseload, the manager's overview (every worker's caseload) and the manager's list of active
# files. Prints p50/p95/p99 and throughput per scenario with the load average before it, then the
# EXPLAIN (ANALYZE, BUFFERS) of each scenario's main query (scripts/bench/explain.sql); both are kept in
# .hestia/logs/bench/results-<households>.txt and explain-<households>.txt.
#   BENCH_HOUSEHOLDS (default 40000 = the Region; 400000 = ten times), BENCH_ENTRIES (default 500000),
#   BENCH_CONNECTIONS (32), BENCH_SECONDS (20). Delete .hestia/bench-pgdata to change the scale.
source "$(dirname "$0")/lib.sh"

HOUSEHOLDS=${BENCH_HOUSEHOLDS:-40000}
ENTRIES=${BENCH_ENTRIES:-500000}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
RUN_SET=bench
LOGS="$HESTIA_DIR/logs/bench"
mkdir -p "$LOGS"

stop_all_on_exit

for tool in wrk psql curl; do
  if ! command -v "$tool" >/dev/null; then
    log "installing $tool from Debian"
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk postgresql-client curl >/dev/null
  fi
done
stop_stale
for p in 55434:PostgreSQL 8182:Keycloak 9182:Keycloak-management 8082:backend; do
  require_port_free "${p%%:*}" "${p#*:}"
done
ensure_backend_built

start_bg devstack "$LOGS/devstack.log" \
  java -Xmx256m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$(cat "$DEVSTACK_CP_FILE"):$ROOT/backend/target/test-classes:$ROOT/backend/target/classes" \
  be.hestia.devstack.DevStack --root "$ROOT" --profile run --pg-port 55434 --pg-data .hestia/bench-pgdata \
  --kc-port 8182 --kc-mgmt-port 9182 --logs .hestia/logs/bench
wait_for_line devstack "$LOGS/devstack.log" "DEVSTACK READY" 300

start_bg backend "$LOGS/backend.log" \
  env QUARKUS_HTTP_PORT=8082 HESTIA_DB_URL=jdbc:postgresql://localhost:55434/hestia HESTIA_DB_USER=hestia_app \
  HESTIA_DB_PASSWORD=hestia_app HESTIA_DB_OWNER_USER=hestia HESTIA_DB_OWNER_PASSWORD=hestia \
  HESTIA_OIDC_URL=http://localhost:8182/realms/hestia HESTIA_DEMO_DATA=true \
  QUARKUS_LOG_LEVEL=WARN java -Xmx1g -Dquarkus.profile=dev -jar "$ROOT/$BACKEND_JAR"
wait_for_http backend http://localhost:8082/q/health/ready 180 "$LOGS/backend.log"

export PGPASSWORD=hestia
sql() { psql -h localhost -p 55434 -U hestia -d hestia "$@"; }
log "seeding BinHôme: $HOUSEHOLDS households, $ENTRIES case entries (skipped when already there)"
t0=$SECONDS
sql -q -v households="$HOUSEHOLDS" -v entries="$ENTRIES" -v workers=200 -f scripts/bench/generate.sql \
  | tee "$LOGS/generate.log"
log "data ready in $((SECONDS - t0)) s"
SCALE=$(sql -At -c "select count(*) from household where organisation_id = 'BINHOME'")
ENTRY_COUNT=$(sql -At -c "select count(*) from case_entry where organisation_id = 'BINHOME'")
# sw-binhome's longest timeline (10,000 entries and more).
LONG_FILE=$(sql -At -c "
  select case_file_id from case_entry where author_id = '00000000-0000-4000-8000-000000000101'
  group by case_file_id order by count(*) desc limit 1")
RESULTS="$LOGS/results-$SCALE.txt"

token() {
  curl -s -d grant_type=password -d client_id=hestia-dev -d username="$1" -d password=demo \
    http://localhost:8182/realms/hestia/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# The machine may be shared: each result comes with the load average (1, 5, 15 minutes) before it,
# which includes this bench's own previous scenario, and with the share of the cores that other
# processes used during it (all busy CPU time minus the stack's, wrk's and this script's).
load() { cut -d' ' -f1-3 /proc/loadavg; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
# PostgreSQL runs in process groups of its own: its postmaster (found by its port) and its children.
own_pids() {
  local postmaster
  postmaster=$(ss -ltnpH 'sport = :55434' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  ps -o pid= -g "$(pid_of devstack)"
  ps -o pid= -g "$(pid_of backend)"
  [[ -n "$postmaster" ]] && echo "$postmaster" && pgrep -P "$postmaster" || true
}
own_ticks() {
  local total=0 pid
  for pid in $(own_pids); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((total + $(awk '{ print $14 + $15 + $16 + $17 }' /proc/$$/stat)))
}

scenario() {
  local name=$1 user=$2 path=$3
  local url="http://localhost:8082$path"
  export HESTIA_TOKEN; HESTIA_TOKEN=$(token "$user")
  curl -sf -o /dev/null -H "Authorization: Bearer $HESTIA_TOKEN" "$url" || die "$name: $url does not answer 200"
  local before busy0 total0 own0 busy1 total1 own1
  before=$(load)
  read -r busy0 total0 <<<"$(machine_ticks)"
  own0=$(own_ticks)
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s scripts/bench/report.lua "$url" >"$LOGS/$name.log" 2>&1
  read -r busy1 total1 <<<"$(machine_ticks)"
  own1=$(own_ticks)
  printf '%-20s %s load-before=%s others=%d%%\n' "$name" "$(grep RESULT "$LOGS/$name.log" | sed 's/RESULT //')" \
    "$before" $(((busy1 - busy0 - (own1 - own0)) * 100 / (total1 - total0 + 1))) | tee -a "$RESULTS"
}

{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $SCALE households, $ENTRY_COUNT entries in BINHOME," \
    "$CONNECTIONS connections, $SECONDS_PER_RUN s per scenario"
} | tee -a "$RESULTS"
log "wrk: $CONNECTIONS connections, $SECONDS_PER_RUN s per scenario; warming up the backend"
HESTIA_TOKEN=$(token sw-binhome) wrk -t2 -c8 -d10s -s scripts/bench/report.lua \
  "http://localhost:8082/api/v1/households?q=vandenbusche&size=20" >/dev/null 2>&1
scenario household-search sw-binhome "/api/v1/households?q=vandenbusche&size=20"
scenario open-long-timeline sw-binhome "/api/v1/case-files/$LONG_FILE/entries?size=20"
scenario open-case-file sw-binhome "/api/v1/case-files/$LONG_FILE"
scenario my-caseload sw-binhome "/api/v1/case-files?mine=true&size=20"
scenario manager-overview manager-binhome "/api/v1/caseloads"
scenario manager-active-files manager-binhome "/api/v1/case-files?status=active&size=50"

log "EXPLAIN (ANALYZE, BUFFERS) of each scenario's main query: $LOGS/explain-$SCALE.txt"
sql -v long_file="$LONG_FILE" -f scripts/bench/explain.sql >"$LOGS/explain-$SCALE.txt" 2>&1
grep -E '^-- |Execution Time' "$LOGS/explain-$SCALE.txt" | paste - - | sed -E 's/ +/ /g' | tee -a "$RESULTS"
log "results appended to $RESULTS"
