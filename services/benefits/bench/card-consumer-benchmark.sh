#!/usr/bin/env bash
# 会员卡消费者 benchmark: how fast benefits' card consumer (benefits-cards) issues the cards of a bulk import.
# N MemberJoined events are published onto membership.events of a real broker and timed until every card is
# in benefits.card, once with gonghui.events.consumer-batch-size=1 (one transaction per event: the baseline) and
# once with the batch size set (one transaction per batch of a poll). benefits' org replica consumes the same
# events at the same time, as it does after a real import.
#
# Starts its own PostgreSQL and Kafka (free ports) and runs benefits' packaged jar on a free port, so it does not
# need, nor disturb, a running local stack. Run from anywhere after packaging:
#
#   ./mvnw -o -B package -DskipTests -pl services/benefits -am
#   services/benefits/bench/card-consumer-benchmark.sh
#
# Environment (all optional):
#   N                MemberJoined events per run, timed          default 20000
#   BATCH_SIZES      comma-separated; the first is the baseline  default 1,200
#   BENCH_JAVA_OPTS  extra JVM options for benefits
#   BENCH_JFR        a folder: each run of benefits is profiled (JFR) into benefits-batch-<size>.jfr there
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$ROOT"
N="${N:-20000}"
BATCH_SIZES="${BATCH_SIZES:-1,200}"
STACK=services/local-stack/target/local-stack.jar
[ -f "$STACK" ] || { echo "card-consumer-benchmark: $STACK is missing; package local-stack first" >&2; exit 2; }
exec java -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=ERROR \
    -cp "$STACK" services/benefits/bench/CardConsumerBenchmark.java "$N" "$BATCH_SIZES"
