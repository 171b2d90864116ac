#!/usr/bin/env bash
# Starts the whole system on its embedded defaults: a real PostgreSQL and a real Kafka broker (started
# by the project itself, no Docker), then every service that exists, each on its port (8081-8085).
# Prints where each API and Swagger UI is. Ctrl-C stops everything.
#   services/local-stack/run-all.sh            build if needed, then run
#   services/local-stack/run-all.sh --rebuild  build again first
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
if [[ "${1:-}" == "--rebuild" || ! -f services/local-stack/target/local-stack.jar \
      || ! -f services/membership/target/quarkus-app/quarkus-run.jar ]]; then
  echo "Building (first run takes a few minutes)..."
  ./mvnw -B -q install -DskipTests
fi
exec java -Dgonghui.repo="$repo" -jar services/local-stack/target/local-stack.jar run
