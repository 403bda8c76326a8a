# Shared helpers for scripts/*.sh. Source it; it sets ROOT and cds there.
# Every long-running process is started in its own process group (setsid) and recorded, so that
# stop_all can end it with all its children, and a later run can clean up after a killed one.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

HESTIA_DIR="$ROOT/.hestia"
RUN_DIR="$HESTIA_DIR/run"
BACKEND_JAR="backend/target/quarkus-app/quarkus-run.jar"
DEVSTACK_CP_FILE="backend/target/test-classpath.txt"

log() { printf '\033[1;34m[hestia]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[hestia]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[hestia]\033[0m %s\n' "$*" >&2; exit 1; }

# --- Builds ------------------------------------------------------------------------------------

# Builds the backend (jar, test classes for the devstack, class path file, unpacked Keycloak) when
# anything it is made from is newer than the jar.
ensure_backend_built() {
  local reason=""
  if [[ ! -f "$BACKEND_JAR" || ! -f "$DEVSTACK_CP_FILE" || ! -f backend/target/test-classes/be/hestia/devstack/DevStack.class ]]; then
    reason="not built yet"
  elif [[ -n "$(find backend/src backend/pom.xml openapi.yaml -newer "$BACKEND_JAR" -type f -print -quit 2>/dev/null)" ]]; then
    reason="sources changed"
  elif ! ls "$HESTIA_DIR"/tools/keycloak-*/bin/kc.sh >/dev/null 2>&1; then
    reason="Keycloak not unpacked"
  fi
  if [[ -n "$reason" ]]; then
    log "building the backend ($reason): ./mvnw -B -q package -DskipTests"
    (cd backend && ./mvnw -B -q package -DskipTests) || die "backend build failed"
    touch "$BACKEND_JAR"
  fi
}

# npm ci when node_modules is missing or older than package-lock.json.
ensure_frontend_deps() {
  local stamp="frontend/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || frontend/package-lock.json -nt "$stamp" ]]; then
    log "installing frontend dependencies: npm ci"
    (cd frontend && npm ci --no-audit --no-fund) || die "npm ci failed"
    touch "$stamp"
  fi
}

ensure_chromium() {
  if [[ ! -x /usr/bin/chromium ]]; then
    log "installing Chromium (Debian package)"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
      || die "could not install chromium"
  fi
}

# nginx, and envsubst (gettext-base) to render its template as the nginx image does.
ensure_nginx() {
  if { ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; } || ! command -v envsubst >/dev/null 2>&1; then
    log "installing nginx and gettext-base (Debian packages)"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx gettext-base >/dev/null \
      || die "could not install nginx"
  fi
}

# start_spa_nginx NAME PORT BACKEND_URL KEYCLOAK_URL HTML_DIR WORK_DIR LOGFILE: serves a built SPA (HTML_DIR) as
# the container does - frontend/nginx/default.conf.template rendered the way the nginx image renders it, and
# app-config.json written by the image's own start script - with Debian's nginx on 127.0.0.1:PORT.
start_spa_nginx() {
  local name="$1" port="$2" backend="$3" keycloak="$4" html="$5" work="$6" logfile="$7" bin
  rm -rf "$work"
  mkdir -p "$work/temp" "$(dirname "$logfile")"
  # The image substitutes ${VAR} of defined variables only, leaving nginx's own $variables alone.
  BACKEND_URL="$backend" KEYCLOAK_URL="$keycloak" envsubst '${BACKEND_URL} ${KEYCLOAK_URL}' \
    <frontend/nginx/default.conf.template \
    | sed -e "s#listen 80;#listen 127.0.0.1:$port;#" -e "s#root /usr/share/nginx/html;#root $html;#" >"$work/default.conf"
  KEYCLOAK_URL="$keycloak" APP_CONFIG_PATH="$html/app-config.json" sh frontend/nginx/40-hestia-app-config.sh >/dev/null
  cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/temp/body;
  proxy_temp_path $work/temp/proxy;
  fastcgi_temp_path $work/temp/fastcgi;
  uwsgi_temp_path $work/temp/uwsgi;
  scgi_temp_path $work/temp/scgi;
  include $work/default.conf;
}
EOF
  bin="$(command -v nginx || echo /usr/sbin/nginx)"
  start_bg "$name" "$logfile" "$bin" -p "$work" -c "$work/nginx.conf" -e "$logfile"
}

# --- Processes ---------------------------------------------------------------------------------

# alive PID: the process exists and is not a zombie.
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  [[ "$(sed -E 's/.*\) ([A-Za-z]).*/\1/' "/proc/$1/stat" 2>/dev/null)" != "Z" ]]
}

# starttime PID: the process's start time (clock ticks since boot), to recognise it in a pid file.
starttime() {
  sed -E 's/.*\) //' "/proc/$1/stat" 2>/dev/null | awk '{print $20}'
}

# start_bg NAME LOGFILE CMD...: starts CMD in a new process group, output to LOGFILE.
# Its pid (= process group id) goes to $RUN_DIR/$RUN_SET-NAME.pid.
declare -a STARTED=()
start_bg() {
  local name="$1" logfile="$2"; shift 2
  mkdir -p "$RUN_DIR" "$(dirname "$logfile")"
  setsid "$@" >"$logfile" 2>&1 </dev/null &
  local pid=$!
  echo "$pid $$ $(starttime "$pid") $(starttime $$)" >"$RUN_DIR/$RUN_SET-$name.pid"
  STARTED+=("$name:$pid")
}

pid_of() {
  local entry
  for entry in "${STARTED[@]}"; do
    [[ "${entry%%:*}" == "$1" ]] && { echo "${entry#*:}"; return 0; }
  done
  return 1
}

# Ends one process group: TERM, wait for its leader (grace seconds), then KILL whatever is left.
stop_group() {
  local name="$1" pgid="$2" grace="${3:-45}" i
  if alive "$pgid"; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < grace * 5; i++)); do
      alive "$pgid" || break
      sleep 0.2
    done
    if alive "$pgid"; then warn "$name did not stop within ${grace}s: killing it"; fi
  fi
  # The rest of the group (watchdogs finishing their job, children that ignored TERM).
  for ((i = 0; i < 15; i++)); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

# Stops everything this script started, newest first.
stop_all() {
  local i entry
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
    entry="${STARTED[$i]}"
    stop_group "${entry%%:*}" "${entry#*:}"
    rm -f "$RUN_DIR/$RUN_SET-${entry%%:*}.pid"
  done
  STARTED=()
}

# Stops whatever this script started when it ends, however it ends (error, Ctrl-C, kill), and keeps its exit status.
stop_all_on_exit() {
  trap _stop_all_and_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

_stop_all_and_exit() {
  local status=$?
  trap "" INT TERM
  trap - EXIT
  ((${#STARTED[@]})) && stop_all
  exit "$status"
}

# A previous run of the same set killed without cleaning up leaves process groups behind: stop them,
# unless the script that started them is still alive (then refuse to start twice).
stop_stale() {
  local f pid owner pid_start owner_start
  shopt -s nullglob
  for f in "$RUN_DIR/$RUN_SET"-*.pid; do
    read -r pid owner pid_start owner_start <"$f" || true
    if [[ -n "${owner:-}" && "$owner" != "$$" ]] && alive "$owner" && [[ "$(starttime "$owner")" == "${owner_start:-}" ]]; then
      die "another '$RUN_SET' run is active (script pid $owner). Stop it first (Ctrl-C in its terminal)."
    fi
    # Same pid and same start time: still the process that was recorded, not a reused pid.
    if [[ -n "${pid:-}" ]] && alive "$pid" && [[ "$(starttime "$pid")" == "${pid_start:-}" ]]; then
      warn "stopping leftovers of a previous '$RUN_SET' run ($(basename "$f" .pid), pid $pid)"
      stop_group "$(basename "$f" .pid)" "$pid" 30
    fi
    rm -f "$f"
  done
  shopt -u nullglob
}

require_port_free() {
  local port="$1" what="$2"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port ($what) is already in use: see 'ss -ltnp sport = :$port'"
  fi
}

# --- Waiting -----------------------------------------------------------------------------------

# wait_for_line NAME FILE TEXT TIMEOUT: until FILE contains TEXT; fails if NAME's process died.
wait_for_line() {
  local name="$1" file="$2" text="$3" timeout="$4" pid i
  pid="$(pid_of "$name")"
  for ((i = 0; i < timeout * 5; i++)); do
    grep -qF "$text" "$file" 2>/dev/null && return 0
    alive "$pid" || { tail -n 30 "$file" >&2 || true; die "$name exited (log: $file)"; }
    sleep 0.2
  done
  tail -n 30 "$file" >&2 || true
  die "$name not ready after ${timeout}s (log: $file)"
}

# wait_for_http NAME URL TIMEOUT LOGFILE: until URL answers 200; fails if NAME's process died.
wait_for_http() {
  local name="$1" url="$2" timeout="$3" logfile="$4" pid i
  pid="$(pid_of "$name")"
  for ((i = 0; i < timeout * 2; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" == "200" ]] && return 0
    alive "$pid" || { tail -n 40 "$logfile" >&2 || true; die "$name exited (log: $logfile)"; }
    sleep 0.5
  done
  tail -n 40 "$logfile" >&2 || true
  die "$name not ready after ${timeout}s: $url (log: $logfile)"
}

# start_devstack PROFILE LOGFILE: embedded PostgreSQL + Keycloak (be.hestia.devstack.DevStack, from the
# backend's test class path) in the background; returns once both are ready.
start_devstack() {
  local profile="$1" logfile="$2"
  start_bg devstack "$logfile" java -Xmx256m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$(cat "$DEVSTACK_CP_FILE"):$ROOT/backend/target/test-classes:$ROOT/backend/target/classes" \
    be.hestia.devstack.DevStack --root "$ROOT" --profile "$profile"
}

print_logins() {
  cat <<'EOF'
  Demo logins (password: demo)
    username              role                organisation
    sw-binhome            social-worker       BINHOME (BinHôme)
    sw2-binhome           social-worker       BINHOME
    sw3-binhome           social-worker       BINHOME (never signed in: see the admin's Staff page)
    renov-binhome         renovation-worker   BINHOME
    agent-binhome         field-agent         BINHOME
    collective-binhome    collective-worker   BINHOME
    manager-binhome       service-manager     BINHOME
    admin-binhome         admin               BINHOME
    dpo-binhome           dpo                 BINHOME
    sw-llb / sw2-llb      social-worker       LLB (Le Logement Bruxellois)
    renov-llb             renovation-worker   LLB
    agent-llb             field-agent         LLB
    collective-llb        collective-worker   LLB
    manager-llb           service-manager     LLB
    admin-llb             admin               LLB
    dpo-llb               dpo                 LLB
    pcs-homborch          pcs-coordinator     (PCS-HOMBORCH)
    analyst-slrb          slrb-analyst        (SLRB)
    SLRB API client: hestia-slrb / slrb-dev-secret (client credentials)
    Staff directory client: hestia-staff-directory / staff-directory-dev-secret (view-users only)
EOF
}
