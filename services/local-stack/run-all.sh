#!/usr/bin/env bash
# Starts the whole system on its embedded defaults: a real PostgreSQL and a real Kafka broker (started
# by the project itself, no Docker), then every service that exists, each on its port (8081-8086).
# Prints where each API and Swagger UI is. Ctrl-C stops everything.
#   services/local-stack/run-all.sh             build (incremental), then run
#   services/local-stack/run-all.sh --no-build  run what was built last
#   services/local-stack/run-all.sh --demo      also load the demo district once ready (docs/demo.md)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
build=yes demo=no
for arg in "$@"; do
  case "$arg" in
    --no-build) build=no ;;
    --demo) demo=yes ;;
  esac
done
if [[ "$build" == yes ]]; then
  echo "Building (the first build downloads dependencies and takes a few minutes)..."
  ./mvnw -B -q install -DskipTests
fi
# JAVA_OPTS reaches the launcher, e.g. JAVA_OPTS=-Dgonghui.pg-port=25432
if [[ "$demo" == yes ]]; then
  java ${JAVA_OPTS:-} -Dgonghui.repo="$repo" -jar services/local-stack/target/local-stack.jar run &
  stack=$!
  trap 'kill -TERM $stack; wait $stack' INT TERM
  # benefits starts last: once it is ready, so are the others
  until curl -sf -o /dev/null http://localhost:8085/q/health/ready; do
    kill -0 $stack 2>/dev/null || exit 1
    sleep 2
  done
  java -jar services/local-stack/target/local-stack.jar demo ${GONGHUI_DEMO_ARGS:-}
  wait $stack
  exit
fi
exec java ${JAVA_OPTS:-} -Dgonghui.repo="$repo" -jar services/local-stack/target/local-stack.jar run
