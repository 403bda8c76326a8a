# Hestia. `make run` for a local stack, `make test` for everything CI checks.
SHELL := /bin/bash
.NOTPARALLEL:
.PHONY: run stack bench chaos test lint-contract compose-check backend-test frontend-deps frontend-check spa-headers e2e clean clean-all

run:            ## PostgreSQL + Keycloak + backend + Vite dev server; Ctrl-C stops all
	scripts/run.sh

stack:          ## only PostgreSQL + Keycloak (for quarkus:dev or an IDE)
	scripts/stack.sh

bench:          ## load benchmark at a chosen scale (BENCH_HOUSEHOLDS, BENCH_ENTRIES); see scripts/bench.sh
	scripts/bench.sh

chaos:          ## fault run: PostgreSQL SIGKILLed and Keycloak stopped under concurrent writes; see scripts/chaos.sh
	flock /tmp/hestia-fixed-ports.lock scripts/chaos.sh

test: lint-contract compose-check backend-test frontend-check spa-headers e2e

lint-contract: frontend-deps
	cd frontend && npm run lint:contract

compose-check:
	scripts/compose-check.sh

backend-test:
	cd backend && ./mvnw -B verify

frontend-deps:
	scripts/frontend-deps.sh

frontend-check: frontend-deps
	cd frontend && npm run typecheck && npm test && npm run build

spa-headers:    ## the SPA container's security headers, on a real nginx with its configuration (after frontend-check's build)
	scripts/spa-headers-check.sh

e2e:
	scripts/e2e.sh

clean:          ## build outputs and logs (keeps the dev database and unpacked tools)
	rm -rf backend/target frontend/dist frontend/test-results frontend/playwright-report .hestia/logs .hestia/run

clean-all: clean ## also the dev database, unpacked Keycloak and node_modules
	rm -rf .hestia frontend/node_modules
