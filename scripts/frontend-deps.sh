#!/usr/bin/env bash
# npm ci, only when frontend/node_modules is missing or older than package-lock.json.
source "$(dirname "$0")/lib.sh"
ensure_frontend_deps
