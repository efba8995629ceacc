#!/usr/bin/env bash
# The benchmark (issue 7): cold start, warm latency of the rules and of the plain-Java reference on
# real AWS managed policies, batch throughput and peak RSS, and the worst case. Prints one table on
# standard output, each figure beside its target; progress on standard error when it is a terminal.
#
#   scripts/bench.sh [--skip-cold] [--skip-warm] [--skip-reference] [--skip-batch] [--skip-worst]
#                    [--refinements N] [--policies N] [--quiet] [--help] ...
#
# Exit code 0 when the run completed (whether or not every target is met), 1 when a figure could
# not be measured or a result was wrong, 2 for bad usage. Scratch files go to target/bench/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# The jar (rebuilt by the launcher when sources changed) and the compiled benchmark classes.
./iam-refiner --version >/dev/null
(mvn -q -B -o test-compile 2>&1 || mvn -q -B test-compile 2>&1) | sed -e 's/\x1b\[[0-9;]*m//g' | { grep -v '^$' || true; } >&2

# Java cannot tell whether standard error alone is a terminal; the shell can.
if [ -t 2 ]; then terminal=true; else terminal=false; fi
# The warm figures stand for a long-running process, so the benchmark's JVM uses the collector
# the launcher gives one (`batch`): the parallel one. BENCH_JAVA_OPTS naming a collector wins.
gc=(-XX:+UseParallelGC)
if [[ "${BENCH_JAVA_OPTS:-}" == *-XX:+Use*GC* ]]; then gc=(); fi
exec java ${gc[@]+"${gc[@]}"} ${BENCH_JAVA_OPTS:-} -Ddrools.propertySpecific=ALLOWED -Dbench.repo="$here" -Dbench.stderrIsTerminal="$terminal" \
  -cp "$here/target/test-classes:$here/target/iam-refiner.jar" org.iamrefiner.bench.Benchmark "$@"
