#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts: writes the SPA's runtime configuration
# (read by the SPA at boot) from the container environment.
set -eu
: "${KEYCLOAK_URL:?KEYCLOAK_URL must be set (the Keycloak base URL as the browser reaches it)}"
target="${APP_CONFIG_PATH:-/usr/share/nginx/html/app-config.json}"
json_escape() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }
printf '{"keycloakUrl":"%s","realm":"%s","clientId":"%s"}\n' \
  "$(json_escape "$KEYCLOAK_URL")" \
  "$(json_escape "${KEYCLOAK_REALM:-hestia}")" \
  "$(json_escape "${KEYCLOAK_CLIENT_ID:-hestia-spa}")" >"$target"
echo "hestia: wrote $target (Keycloak $KEYCLOAK_URL)"
