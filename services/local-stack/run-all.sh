#!/usr/bin/env bash
# Starts the whole system on its embedded defaults: a real PostgreSQL and a real Kafka broker (started
# by the project itself, no Docker), then every service that exists, each on its port (8081-8086).
# Prints where each API and Swagger UI is. Ctrl-C stops everything.
#   services/local-stack/run-all.sh             build (incremental), then run
#   services/local-stack/run-all.sh --no-build  run what was built last
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building (the first build downloads dependencies and takes a few minutes)..."
  ./mvnw -B -q install -DskipTests
fi
# JAVA_OPTS reaches the launcher, e.g. JAVA_OPTS=-Dgonghui.pg-port=25432
exec java ${JAVA_OPTS:-} -Dgonghui.repo="$repo" -jar services/local-stack/target/local-stack.jar run
