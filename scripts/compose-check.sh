#!/usr/bin/env bash
# Validates docker-compose.yml with Debian's docker-compose (1.29; installed when absent). No engine needed.
source "$(dirname "$0")/lib.sh"
if ! command -v docker-compose >/dev/null 2>&1; then
  log "installing docker-compose (Debian package)"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq docker-compose >/dev/null \
    || die "could not install docker-compose"
fi
docker-compose -f docker-compose.yml config -q
log "docker-compose.yml is valid"
