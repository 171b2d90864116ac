#!/usr/bin/env bash
# 批量入会 benchmark: how fast POST /api/v1/unions/{id}/member-imports enrols a 100k-row CSV, against psql \copy
# of the very same file into a bare scratch table (no indexes, no encryption, no events): the floor nothing beats.
#
# Run from the repository root while the local stack is up (java -jar services/local-stack/target/local-stack.jar run):
#
#   services/membership/bench/import-benchmark.sh
#
# Environment (all optional):
#   BASE_URL      membership service                        default http://localhost:8081
#   TOKEN         district-admin bearer token               default: minted with the local-stack jar
#   ROWS          rows in the timed file                    default 100000
#   WARMUP_ROWS   rows imported first, untimed, so the JIT has compiled the import path; 0 skips it   default 10000
#   COPY_RUNS     \copy repetitions; the fastest counts (a conservative baseline)                      default 3
#   PGHOST PGPORT PGDATABASE PGUSER   the local stack's PostgreSQL, as superuser   default localhost 15432 gonghui postgres
#   TARGET_RATIO  import rows/s ÷ COPY rows/s to aim for    default 0.05
#   STRICT=1      exit 1 when the ratio is below TARGET_RATIO
#   SEED          makes the generated ID numbers reproducible (default: the clock, so every run enrols new people)
#
# The imported members stay in the database, in a new district union named 压测区总工会 <timestamp>.
# The scratch table bench.bench_copy is dropped at the end (and the schema bench, if this script created it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"

BASE_URL="${BASE_URL:-http://localhost:8081}"
ROWS="${ROWS:-100000}"
WARMUP_ROWS="${WARMUP_ROWS:-10000}"
COPY_RUNS="${COPY_RUNS:-3}"
TARGET_RATIO="${TARGET_RATIO:-0.05}"
SEED="${SEED:-$(date +%s)}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-15432}" PGDATABASE="${PGDATABASE:-gonghui}" PGUSER="${PGUSER:-postgres}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

die() { echo "import-benchmark: $*" >&2; exit 2; }
for tool in curl python3 psql; do
    command -v "$tool" >/dev/null || die "needs $tool on the PATH"
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/import-benchmark.XXXXXX")"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
DROP_SCHEMA=0
cleanup() {
    "${PSQL[@]}" -c 'DROP TABLE IF EXISTS bench.bench_copy' >/dev/null 2>&1 || true
    if [ "$DROP_SCHEMA" = 1 ]; then
        "${PSQL[@]}" -c 'DROP SCHEMA IF EXISTS bench' >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

json_field() { # json_field FILE KEY: prints one top-level field of a JSON file
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))[sys.argv[2]])' "$1" "$2"
}

# --- 1. service, token, a union of our own -------------------------------------------------------------
curl -fsS -o /dev/null "$BASE_URL/q/health/ready" \
    || die "membership is not ready at $BASE_URL; start the local stack first (java -jar services/local-stack/target/local-stack.jar run)"

if [ -z "${TOKEN:-}" ]; then
    JAR="services/local-stack/target/local-stack.jar"
    [ -f "$JAR" ] || die "no TOKEN given and $JAR is missing; build it (./mvnw package -DskipTests) or export TOKEN"
    TOKEN="$(java -jar "$JAR" token district-admin)"
fi

STAMP="$(date +%Y%m%d-%H%M%S)"
status="$(curl -sS -o "$WORK/union.json" -w '%{http_code}' -X POST "$BASE_URL/api/v1/unions" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data "{\"name\":\"压测区总工会 $STAMP\",\"kind\":\"DISTRICT_FEDERATION\"}")"
[ "$status" = 201 ] || die "creating the union answered $status: $(cat "$WORK/union.json")"
UNION_ID="$(json_field "$WORK/union.json" id)"

# --- 2. the files: unique, valid 居民身份证号 (ISO 7064 MOD 11-2 check character) ----------------------
generate() { # generate ROWS SEED FILE: CSV with header name,idNumber,phone
    python3 - "$1" "$2" "$3" <<'PY'
import datetime, random, sys

rows, seed, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
rnd = random.Random(seed)
area = rnd.randrange(110000, 660000)                                   # 6-digit region code
first_birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 12000))
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("name,idNumber,phone\n")
    for i in range(rows):
        birth = first_birth + datetime.timedelta(days=i // 1000)       # 1000 sequence numbers per birth date
        first17 = "%06d%s%03d" % (area, birth.strftime("%Y%m%d"), i % 1000)
        check = CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]
        f.write("职工%d,%s%s,1%d%09d\n" % (i, first17, check, 3 + i % 7, i))
PY
}

upload() { # upload FILE LABEL: POSTs the file, waits for a background import to finish, checks every row went in, prints the seconds taken
    local file="$1" label="$2" out started status
    started="$(date +%s.%N)"
    out="$(curl -sS -o "$WORK/$label.json" -w '%{http_code} %{time_total}' -X POST \
        "$BASE_URL/api/v1/unions/$UNION_ID/member-imports?fileName=$label.csv" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$file")"
    case "${out%% *}" in
        201) ;;
        202) # a large file is written in the background: poll its report until it is done
            while status="$(json_field "$WORK/$label.json" status)" && [ "$status" = RUNNING ]; do
                sleep 0.2
                curl -fsS -o "$WORK/$label.json" -H "Authorization: Bearer $TOKEN" \
                    "$BASE_URL/api/v1/member-imports/$(json_field "$WORK/$label.json" id)"
            done
            [ "$status" = DONE ] || die "$label import ended $status: $(head -c 600 "$WORK/$label.json")"
            out="202 $(python3 -c 'import sys, time; print(round(time.time() - float(sys.argv[1]), 3))' "$started")" ;;
        *) die "$label upload answered ${out%% *}: $(head -c 600 "$WORK/$label.json")" ;;
    esac
    local imported rejected already
    imported="$(json_field "$WORK/$label.json" imported)"
    rejected="$(json_field "$WORK/$label.json" rejected)"
    already="$(json_field "$WORK/$label.json" alreadyMembers)"
    echo "  $label: imported $imported, already members $already, rejected $rejected" >&2
    [ "$rejected" = 0 ] || die "$label: the generator wrote rows the service rejects; see $WORK/$label.json"
    echo "${out#* }"
}

echo "membership at $BASE_URL, union $UNION_ID; generating $ROWS rows (seed $SEED)..."
generate "$ROWS" "$SEED" "$WORK/rows.csv"
echo "  $(du -h "$WORK/rows.csv" | cut -f1) in $WORK/rows.csv"

# --- 3. the import, timed -------------------------------------------------------------------------------
if [ "$WARMUP_ROWS" -gt 0 ]; then
    echo "warm-up: importing $WARMUP_ROWS other rows, untimed..."
    generate "$WARMUP_ROWS" "$((SEED + 1))" "$WORK/warmup.csv"
    upload "$WORK/warmup.csv" warmup >/dev/null
fi
echo "import: uploading $ROWS rows..."
IMPORT_SECONDS="$(upload "$WORK/rows.csv" import)"

# --- 4. the baseline: \copy of the same file into a bare table -----------------------------------------
if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM pg_namespace WHERE nspname = 'bench'")" = 0 ]; then
    DROP_SCHEMA=1
fi
"${PSQL[@]}" -c 'CREATE SCHEMA IF NOT EXISTS bench' -c 'DROP TABLE IF EXISTS bench.bench_copy' \
    -c 'CREATE TABLE bench.bench_copy (name text, id_number text, phone text)'
echo "baseline: psql \\copy of the same $ROWS rows, best of $COPY_RUNS..."
COPY_MS=""
for run in $(seq 1 "$COPY_RUNS"); do
    "${PSQL[@]}" -c 'TRUNCATE bench.bench_copy'
    out="$("${PSQL[@]}" -c '\timing on' -c "\\copy bench.bench_copy FROM '$WORK/rows.csv' WITH (FORMAT csv, HEADER true)")"
    ms="$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' <<<"$out" | tail -n 1)"
    [ -n "$ms" ] || die "could not read the \\copy time from psql: $out"
    copied="$("${PSQL[@]}" -tAc 'SELECT count(*) FROM bench.bench_copy')"
    [ "$copied" = "$ROWS" ] || die "\\copy loaded $copied rows instead of $ROWS"
    echo "  run $run: $ms ms"
    if [ -z "$COPY_MS" ] || awk -v a="$ms" -v b="$COPY_MS" 'BEGIN { exit !(a < b) }'; then
        COPY_MS="$ms"
    fi
done

# --- 5. the verdict ---------------------------------------------------------------------------------------
awk -v rows="$ROWS" -v imp="$IMPORT_SECONDS" -v copyms="$COPY_MS" -v target="$TARGET_RATIO" 'BEGIN {
    copys = copyms / 1000
    ir = rows / imp; cr = rows / copys; ratio = ir / cr
    printf "\n%-34s %10s %14s\n", "", "seconds", "rows/s"
    printf "%-34s %10.3f %14.0f\n", "import (HTTP, validate, seal, insert)", imp, ir
    printf "%-34s %10.3f %14.0f\n", "psql \\copy into a bare table", copys, cr
    printf "\nratio import/COPY = %.4f (target >= %s): %s\n", ratio, target, (ratio >= target ? "MET" : "BELOW TARGET")
    exit (ratio >= target ? 0 : 3)
}' && met=1 || met=0

if [ "$met" = 0 ] && [ "${STRICT:-0}" = 1 ]; then
    exit 1
fi
