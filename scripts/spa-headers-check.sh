#!/usr/bin/env bash
# The SPA container's browser hardening, checked on a real nginx (Debian's; installed when absent) serving the
# built SPA with frontend/nginx/default.conf.template rendered as the image renders it: Content-Security-Policy,
# frame-ancestors, HSTS only over TLS, Permissions-Policy, nosniff, Referrer-Policy, caching. No Docker needed.
# Builds the SPA when frontend/dist is missing. Exits 1 on the first header that is not as it must be.
source "$(dirname "$0")/lib.sh"

RUN_SET=spa-headers
KEYCLOAK=http://sso.hestia.test:8443
WORK="$(mktemp -d /tmp/hestia-spa-headers.XXXXXX)"
LOGFILE="$WORK/nginx.log"

cleanup() {
  local status=$?
  trap - EXIT
  ((${#STARTED[@]})) && stop_all
  ((status == 0)) || { tail -n 20 "$LOGFILE" >&2 2>/dev/null || true; }
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

ensure_nginx
if [[ ! -f frontend/dist/index.html ]]; then
  ensure_frontend_deps
  log "building the SPA (npm run build)"
  (cd frontend && npm run build >/dev/null) || die "SPA build failed"
fi

# The shell must load nothing inline: script-src 'self' would block it.
if grep -Eo '<script[^>]*>' frontend/dist/index.html | grep -vq 'src='; then
  die "frontend/dist/index.html holds an inline <script>, which the Content-Security-Policy blocks"
fi

html="$WORK/html"
cp -r frontend/dist "$html"
chmod -R a+rX "$WORK"
port=""
for candidate in $(seq 18400 18499); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[[ -n "$port" ]] || die "no free port in 18400-18499"
# Port 9 (discard): no backend, so that /api answers 502 from nginx itself.
start_spa_nginx nginx "$port" http://127.0.0.1:9 "$KEYCLOAK" "$html" "$WORK/nginx" "$LOGFILE"
wait_for_http nginx "http://127.0.0.1:$port/" 30 "$LOGFILE"

base="http://127.0.0.1:$port"
asset="/assets/$(ls "$html/assets" | grep -m1 '\.js$')"
checks=0

# expect PATH 'curl args' STATUS then lines of "present|absent HEADER-REGEX"
expect() {
  local path="$1" args="$2" status="$3" headers rule kind pattern
  headers="$(curl -s -o /dev/null -D - $args "$base$path" | tr -d '\r')"
  [[ "$(head -n1 <<<"$headers")" == *" $status "* ]] || die "$path: expected $status, got: $(head -n1 <<<"$headers")"
  while IFS= read -r rule; do
    [[ -z "$rule" ]] && continue
    kind="${rule%% *}"
    pattern="${rule#* }"
    if [[ "$kind" == present ]]; then
      grep -qiE "^$pattern" <<<"$headers" || die "$path $args: missing header matching '$pattern'. Headers:"$'\n'"$headers"
    else
      ! grep -qiE "^$pattern" <<<"$headers" || die "$path $args: unexpected header matching '$pattern'"
    fi
    checks=$((checks + 1))
  done
}

# Every answer, whatever its path or status, carries the hardening headers.
hardening="present Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';
present Content-Security-Policy: .*connect-src 'self' $KEYCLOAK;
present Content-Security-Policy: .*frame-src $KEYCLOAK;
present Content-Security-Policy: .*object-src 'none';
present Content-Security-Policy: .*frame-ancestors 'none'
absent Content-Security-Policy: .*script-src[^;]*unsafe
present X-Frame-Options: DENY
present X-Content-Type-Options: nosniff
present Referrer-Policy: no-referrer
present Permissions-Policy: camera=\\(self\\), microphone=\\(\\), geolocation=\\(\\)
absent Server: nginx/"

expect / "" 200 <<<"$hardening
present Content-Type: text/html
present Cache-Control: no-cache
absent Strict-Transport-Security"
# Served over TLS (by a proxy in front, or nginx itself): HSTS.
expect / "-H X-Forwarded-Proto:https" 200 <<<"$hardening
present Strict-Transport-Security: max-age=[0-9]{7,}"
expect /households/3f2a/case-file "" 200 <<<"$hardening
present Content-Type: text/html"
expect /app-config.json "" 200 <<<"$hardening
present Cache-Control: no-store"
expect "$asset" "" 200 <<<"$hardening
present Cache-Control: public, max-age=31536000, immutable"
expect /assets/missing.js "" 404 <<<"$hardening"
expect /api/v1/me "" 502 <<<"$hardening
absent Cache-Control"

config="$(curl -s "$base/app-config.json")"
[[ "$config" == *"\"keycloakUrl\":\"$KEYCLOAK\""* ]] || die "app-config.json does not name $KEYCLOAK: $config"
log "SPA headers as they must be: $checks checks on nginx $(nginx -v 2>&1 | sed 's/.*\///') with the container's configuration"
