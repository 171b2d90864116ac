#!/usr/bin/env bash
# The benchmark suite: starts the local stack itself (to time it), runs every service's benchmarks
# against baselines measured in the same run on the same PostgreSQL, reports each service's RSS after
# the load, and stops the stack. Each service adds its scripts to BENCHES below.
#   services/benchmarks/run.sh              build, then run
#   services/benchmarks/run.sh --no-build   use what is built
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
BENCHES=(services/membership/bench/read-benchmark.sh services/membership/bench/import-benchmark.sh services/benefits/bench/claims-benchmark.sh services/benefits/bench/card-consumer-benchmark.sh)

[ "${1:-}" = "--no-build" ] || ./mvnw -B -q install -DskipTests
LOG="$(mktemp)"
start=$(date +%s.%N)
java -Dgonghui.repo="$ROOT" -jar services/local-stack/target/local-stack.jar run >"$LOG" 2>&1 &
STACK=$!
stop() { kill $STACK 2>/dev/null || true; wait $STACK 2>/dev/null || true; rm -f "$LOG"; }
trap stop EXIT
until grep -q "Press Ctrl-C" "$LOG"; do
  kill -0 $STACK 2>/dev/null || { cat "$LOG"; echo "the stack did not start" >&2; exit 1; }
  sleep 0.2
done
ready=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
echo "== startup: run command to every service ready: ${ready} s (the stack's own count: $(grep -o 'Ready in [0-9.]* s' "$LOG"))"
for bench in "${BENCHES[@]}"; do
  echo "== $bench"
  "$bench"
done
echo "== resident memory after the load"
for pid in $(pgrep -f 'target/quarkus-app/quarkus-run.jar'); do
  name=$(tr '\0' ' ' < /proc/$pid/cmdline | grep -o 'services/[a-z]*' | head -1)
  echo "$name: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB RSS"
done
