#!/usr/bin/env bash
# GET /api/v1/members/{id} with an officer's token, 64 connections (wrk), against the floor of the same
# PostgreSQL: pgbench selecting that member's row by primary key with 64 clients. Prints both and the ratio.
#
# Run from the repository root while the local stack is up. Environment (optional):
#   BASE_URL   default http://localhost:8081      DURATION  seconds per run, default 20
#   WARMUP     seconds of untimed load first, default 60: on 2 busy cores the JIT needs about a minute
#              to compile the request path, and a shorter warm-up measures the interpreter, not the service
#   PGHOST PGPORT PGDATABASE PGUSER               default localhost 15432 gonghui postgres
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
BASE_URL="${BASE_URL:-http://localhost:8081}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-60}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-15432}" PGDATABASE="${PGDATABASE:-gonghui}" PGUSER="${PGUSER:-postgres}"
die() { echo "read-benchmark: $*" >&2; exit 2; }
install() { # install PACKAGE from Debian's archive when its command is missing
    echo "installing $1 (Debian package)..." >&2
    apt-get install -y -qq "$1" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$1" >/dev/null; }
}
command -v wrk >/dev/null || install wrk
command -v pgbench >/dev/null || install postgresql   # Debian ships pgbench with the server package
for tool in wrk pgbench curl python3; do command -v "$tool" >/dev/null || die "needs $tool"; done
curl -fsS -o /dev/null "$BASE_URL/q/health/ready" || die "membership is not ready at $BASE_URL"

JAR=services/local-stack/target/local-stack.jar
ADMIN="$(java -jar "$JAR" token district-admin 2>/dev/null)"
post() { curl -fsS -X POST "$BASE_URL$1" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' --data "$2"; }
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
DISTRICT="$(post /api/v1/unions '{"name":"读压测区总工会","kind":"DISTRICT_FEDERATION"}' | field id)"
UNION="$(post /api/v1/unions "{\"name\":\"读压测企业工会\",\"kind\":\"ENTERPRISE_UNION\",\"parentId\":$DISTRICT}" | field id)"
MEMBER="$(post /api/v1/members "{\"name\":\"压测\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13812345678\",\"unionId\":$UNION}" | field id)"
OFFICER="$(java -jar "$JAR" token officer --union "$DISTRICT" 2>/dev/null)"
curl -fsS -o /dev/null -H "Authorization: Bearer $OFFICER" "$BASE_URL/api/v1/members/$MEMBER" || die "the officer cannot read member $MEMBER"

echo "warm-up (${WARMUP} s)..." >&2
wrk -t2 -c64 -d"${WARMUP}s" -H "Authorization: Bearer $OFFICER" "$BASE_URL/api/v1/members/$MEMBER" >/dev/null
WRK="$(wrk -t2 -c64 -d"${DURATION}s" --latency -H "Authorization: Bearer $OFFICER" "$BASE_URL/api/v1/members/$MEMBER")"
echo "$WRK" | grep -q "Non-2xx" && die "wrk saw non-2xx answers: $WRK"

SCRIPT="$(mktemp)"; trap 'rm -f "$SCRIPT"' EXIT
echo "SELECT * FROM membership.member WHERE id = $MEMBER;" > "$SCRIPT"
PGB="$(pgbench -n -c 64 -j 2 -T "$DURATION" -f "$SCRIPT" 2>&1)"

python3 - "$WRK" "$PGB" <<'PY'
import re, sys
wrk, pgb = sys.argv[1], sys.argv[2]
def ms(v, unit): return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", wrk).group(1))
p50 = ms(*re.search(r"50%\s+([\d.]+)(us|ms|s)", wrk).groups())
p99 = ms(*re.search(r"99%\s+([\d.]+)(us|ms|s)", wrk).groups())
tps = float(re.search(r"tps = ([\d.]+)", pgb).group(1))
lat = float(re.search(r"latency average = ([\d.]+) ms", pgb).group(1))
print(f"GET member by id, 64 connections : {rps:10.0f} req/s   p50 {p50:6.2f} ms   p99 {p99:6.2f} ms")
print(f"pgbench select by pk, 64 clients : {tps:10.0f} tps     avg {lat:6.2f} ms")
print(f"ratio (API / pgbench)            : {rps / tps:10.3f}   (aim >= 0.40; p99 aim <= 20 ms)")
PY
