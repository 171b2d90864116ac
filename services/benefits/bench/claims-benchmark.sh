#!/usr/bin/env bash
# 理赔批量提交 benchmark: claims ingested per second through POST /api/v1/insurer/claims in batches of 1000
# (validation, AES-GCM sealing of the diagnosis, one insert per claim, the Idempotency-Key record), against
# psql \copy of the very same rows into the same claim table (no validation, no sealing): the floor.
#
# Run from the repository root while the local stack is up (java -jar services/local-stack/target/local-stack.jar run):
#
#   services/benefits/bench/claims-benchmark.sh
#
# Environment (all optional):
#   BASE_URL      benefits service                 default http://localhost:8085
#   BATCHES       batches of 1000 claims, timed    default 20
#   WARMUP        batches sent first, untimed      default 3
#   PGHOST PGPORT PGDATABASE PGUSER   the local stack's PostgreSQL as superuser   default localhost 15432 gonghui postgres
#
# The enrolments the claims point at are written straight into the benefits schema (a cover period that
# has already started cannot be enrolled in through the API), under an insurer id of its own per run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
BASE_URL="${BASE_URL:-http://localhost:8085}"
BATCHES="${BATCHES:-20}"
WARMUP="${WARMUP:-3}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-15432}" PGDATABASE="${PGDATABASE:-gonghui}" PGUSER="${PGUSER:-postgres}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
PSQL=(psql -X -q -t -A -v ON_ERROR_STOP=1)
die() { echo "claims-benchmark: $*" >&2; exit 2; }
for tool in curl python3 psql java; do command -v "$tool" >/dev/null || die "needs $tool on the PATH"; done
curl -fsS -o /dev/null "$BASE_URL/q/health/ready" || die "benefits is not ready at $BASE_URL; start the local stack first"

INSURER="bench-$(date +%s)"
TOKEN="$(java -jar services/local-stack/target/local-stack.jar token insurer --partner "$INSURER")"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/claims-benchmark.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# --- 1. a plan, a running period and 100 enrolments of this run's insurer --------------------------------
ENROLMENTS="$("${PSQL[@]}" <<SQL
SET search_path TO benefits;
WITH plan AS (INSERT INTO insurance_plan (insurer_id, union_id, name, kind, premium_fen) VALUES ('$INSURER', 1, '压测计划', 'INPATIENT_MEDICAL', 3000) RETURNING id),
period AS (INSERT INTO cover_period (plan_id, starts_on, ends_on) SELECT id, current_date - 30, current_date + 335 FROM plan RETURNING id, plan_id),
enrolled AS (INSERT INTO enrolment (period_id, plan_id, member_id, union_id, entered_by_union_id, status, enrolled_at)
             SELECT period.id, period.plan_id, 900000000 + g, 1, 1, 'ENROLLED', now() FROM period, generate_series(1, 100) g RETURNING id)
SELECT string_agg(id::text, ',') FROM enrolled;
SQL
)"
[ -n "$ENROLMENTS" ] || die "could not write the enrolments"

# --- 2. the batches: 1000 claims each, and the same rows as CSV for COPY --------------------------------
python3 - "$ENROLMENTS" "$((BATCHES + WARMUP))" "$WORK" <<'PY'
import json, sys, datetime
enrolments = [int(x) for x in sys.argv[1].split(",")]
batches, work = int(sys.argv[2]), sys.argv[3]
today = datetime.date.today().isoformat()
with open(f"{work}/copy.csv", "w", encoding="utf-8") as csv:
    for b in range(batches):
        claims = [{"insurerClaimId": f"B{b:04d}-{i:04d}", "enrolmentId": enrolments[i % len(enrolments)], "incidentOn": today,
                   "claimedFen": 10000 + i, "diagnosis": "急性阑尾炎 住院5天 手术治疗"} for i in range(1000)]
        json.dump({"claims": claims}, open(f"{work}/batch-{b}.json", "w", encoding="utf-8"), ensure_ascii=False)
        for c in claims:
            csv.write(f"copy-{c['insurerClaimId']},{c['enrolmentId']},{c['incidentOn']},{c['claimedFen']},{c['diagnosis']}\n")
PY

send() { # send N: POST batch N with its own key; fails unless every claim is accepted
    local status
    status="$(curl -sS -o "$WORK/answer.json" -w '%{http_code}' -X POST "$BASE_URL/api/v1/insurer/claims" \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: $INSURER-$1" \
        --data-binary "@$WORK/batch-$1.json")"
    [ "$status" = 200 ] || die "batch $1 answered $status: $(head -c 300 "$WORK/answer.json")"
    python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); sys.exit(0 if len(a["accepted"])==1000 and not a["rejected"] else 1)' "$WORK/answer.json" \
        || die "batch $1 was not accepted whole: $(head -c 300 "$WORK/answer.json")"
}

for ((b = 0; b < WARMUP; b++)); do send "$b"; done
start=$(date +%s.%N)
for ((b = WARMUP; b < WARMUP + BATCHES; b++)); do send "$b"; done
api=$(python3 -c "print($(date +%s.%N) - $start)")

# --- 3. the floor: the same rows (the timed batches) with \copy into the same table ---------------------
tail -n "$((BATCHES * 1000))" "$WORK/copy.csv" > "$WORK/timed.csv"
start=$(date +%s.%N)
"${PSQL[@]}" <<SQL
SET search_path TO benefits;
CREATE TEMP TABLE incoming (insurer_claim_id text, enrolment_id bigint, incident_on date, claimed_fen bigint, diagnosis text);
\copy incoming FROM '$WORK/timed.csv' WITH (FORMAT csv)
INSERT INTO claim (insurer_id, insurer_claim_id, enrolment_id, plan_id, member_id, union_id, incident_on, claimed_fen, diagnosis_sealed, status, submitted_on)
SELECT '$INSURER', i.insurer_claim_id, e.id, e.plan_id, e.member_id, e.union_id, i.incident_on, i.claimed_fen, i.diagnosis, 'SUBMITTED', current_date
FROM incoming i JOIN enrolment e ON e.id = i.enrolment_id;
SQL
copy=$(python3 -c "print($(date +%s.%N) - $start)")

python3 - "$BATCHES" "$api" "$copy" <<'PY'
import sys
rows = int(sys.argv[1]) * 1000
api, copy = float(sys.argv[2]), float(sys.argv[3])
print(f"claims via the API, batches of 1000: {rows} in {api:.2f} s = {rows / api:,.0f} claims/s")
print(f"\\copy of the same rows (baseline):  {rows} in {copy:.2f} s = {rows / copy:,.0f} claims/s")
print(f"API ÷ COPY: {copy / api:.3f}")
PY
