#!/usr/bin/env bash
# make stack: only PostgreSQL (55432, .hestia/pgdata) + Keycloak (8180), in the foreground, e.g. for
# `cd backend && ./mvnw quarkus:dev` or an IDE. Ctrl-C stops both. Same ports as make run: not both at once.
source "$(dirname "$0")/lib.sh"
ensure_backend_built
exec java -Xmx256m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$(cat "$DEVSTACK_CP_FILE"):$ROOT/backend/target/test-classes:$ROOT/backend/target/classes" \
  be.hestia.devstack.DevStack --root "$ROOT" --profile run "$@"
