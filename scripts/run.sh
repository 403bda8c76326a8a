#!/usr/bin/env bash
# make run: PostgreSQL (55432, data kept in .hestia/pgdata) + Keycloak (8180) + backend (8080) +
# Vite dev server (5173). Builds what is missing or stale. Ctrl-C stops everything it started.
source "$(dirname "$0")/lib.sh"

RUN_SET=run
LOGS="$HESTIA_DIR/logs"
mkdir -p "$LOGS"

cleanup() {
  local status=$?
  trap "" INT TERM
  trap - EXIT
  if ((${#STARTED[@]})); then
    log "stopping..."
    stop_all
    log "stopped"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

stop_stale
for p in 55432:PostgreSQL 8180:Keycloak 9180:Keycloak-management 8080:backend 5173:Vite; do
  require_port_free "${p%%:*}" "${p#*:}"
done

t0=$SECONDS
ensure_backend_built
ensure_frontend_deps

log "starting PostgreSQL + Keycloak (logs: $LOGS/devstack.log, keycloak.log, postgres.log)"
start_devstack run "$LOGS/devstack.log"
wait_for_line devstack "$LOGS/devstack.log" "DEVSTACK READY" 300

log "starting the backend (log: $LOGS/backend.log)"
start_bg backend "$LOGS/backend.log" \
  env HESTIA_SPA_ORIGIN=http://localhost:5173 \
  java -Dquarkus.profile=dev -jar "$ROOT/$BACKEND_JAR"
wait_for_http backend http://localhost:8080/q/health/ready 180 "$LOGS/backend.log"

log "starting the Vite dev server (log: $LOGS/vite.log)"
start_bg vite "$LOGS/vite.log" bash -c 'cd frontend && exec npm run dev'
wait_for_http vite http://localhost:5173/ 120 "$LOGS/vite.log"

pids=("$(pid_of devstack)" "$(pid_of backend)" "$(pid_of vite)")
banner="$(print_logins)"
cat >&2 <<EOF

  Hestia is running (started in $((SECONDS - t0)) s)
    SPA          http://localhost:5173
    API          http://localhost:8080/api/v1
    Swagger UI   http://localhost:8080/q/swagger-ui
    Keycloak     http://localhost:8180  (admin console: admin / admin)
    PostgreSQL   jdbc:postgresql://localhost:55432/hestia  (application hestia_app / hestia_app, owner hestia / hestia)
    Logs         $LOGS/{backend,vite,keycloak,postgres,devstack}.log

$banner

  Ctrl-C stops everything.
EOF

# Until Ctrl-C, or until one of them dies.
set +e
wait -n "${pids[@]}"
set -e
warn "a process stopped unexpectedly; see the logs in $LOGS"
exit 1
