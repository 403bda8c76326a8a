#!/usr/bin/env bash
# End-to-end tests: a fresh stack on its own ports - PostgreSQL 55433 (temporary data), Keycloak 8181,
# backend 8081 (packaged jar, dev profile, demo data), built SPA served on 4173 by nginx with the container's
# configuration (frontend/nginx: so every spec runs under the production Content-Security-Policy) -
# then Playwright (frontend/e2e) with Debian's Chromium. Always tears everything down; exits with
# Playwright's status. Extra arguments go to `playwright test`.
source "$(dirname "$0")/lib.sh"

RUN_SET=e2e
LOGS="$HESTIA_DIR/logs/e2e"
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log

cleanup() {
  local status=$?
  trap "" INT TERM
  trap - EXIT
  if ((${#STARTED[@]})); then
    log "stopping the e2e stack..."
    stop_all
  fi
  if ((status != 0)); then
    warn "e2e failed (exit $status). Logs: $LOGS/{devstack,keycloak,postgres,backend,nginx}.log"
    warn "Playwright report: frontend/playwright-report, traces: frontend/test-results"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

stop_stale
for p in 55433:PostgreSQL 8181:Keycloak 9181:Keycloak-management 8081:backend 4173:SPA-nginx; do
  require_port_free "${p%%:*}" "${p#*:}"
done

t0=$SECONDS
ensure_chromium
ensure_nginx
ensure_backend_built
ensure_frontend_deps

# Keycloak takes the longest: start the stack first and build the SPA meanwhile.
log "starting PostgreSQL + Keycloak for e2e (log: $LOGS/devstack.log)"
start_devstack e2e "$LOGS/devstack.log"

log "building the SPA (npm run build)"
(cd frontend && npm run build) >"$LOGS/build.log" 2>&1 || { tail -n 40 "$LOGS/build.log" >&2; die "SPA build failed (log: $LOGS/build.log)"; }

wait_for_line devstack "$LOGS/devstack.log" "DEVSTACK READY" 300

log "starting the backend on 8081 (log: $LOGS/backend.log)"
start_bg backend "$LOGS/backend.log" \
  env QUARKUS_HTTP_PORT=8081 \
  QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:8181/realms/hestia \
  HESTIA_DB_URL=jdbc:postgresql://localhost:55433/hestia HESTIA_DB_USER=hestia_app HESTIA_DB_PASSWORD=hestia_app \
  HESTIA_DB_OWNER_USER=hestia HESTIA_DB_OWNER_PASSWORD=hestia \
  HESTIA_OIDC_URL=http://localhost:8181/realms/hestia \
  HESTIA_SPA_ORIGIN=http://localhost:4173 HESTIA_DEMO_DATA=true HESTIA_TRUSTED_PROXIES=127.0.0.1 \
  java -Dquarkus.profile=dev -jar "$ROOT/$BACKEND_JAR"
wait_for_http backend http://localhost:8081/q/health/ready 180 "$LOGS/backend.log"

log "serving the built SPA on 4173 with nginx (log: $LOGS/nginx.log)"
start_spa_nginx nginx 4173 http://127.0.0.1:8081 http://localhost:8181 "$ROOT/frontend/dist" "$HESTIA_DIR/run/e2e-nginx" \
  "$LOGS/nginx.log"
wait_for_http nginx http://localhost:4173/ 60 "$LOGS/nginx.log"

log "stack up in $((SECONDS - t0)) s; running Playwright"
set +e
(cd frontend && HESTIA_E2E_BASE_URL=http://localhost:4173 npx playwright test "$@")
status=$?
set -e
log "Playwright finished with status $status"
exit "$status"
