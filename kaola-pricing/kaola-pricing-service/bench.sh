#!/usr/bin/env bash
# Price-trial benchmark (JMH, not a test): trials per second and p99 of a 5-line cart with tax and every step
# explained, against the FX-only baseline measured in the same run. Prints both and the ratio trial/baseline.
# Takes about a minute. Usage, from anywhere:  kaola-pricing/kaola-pricing-service/bench.sh
# Needs the sibling modules in ~/.m2: run `./mvnw install` (or `./mvnw -B verify`) once first.
# MVN_FLAGS (default "-o") is passed to Maven; set MVN_FLAGS= to let it download.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mvn_cmd="$root/mvnw"
lock=()
if command -v flock >/dev/null 2>&1; then lock=(flock /tmp/kaola-mvn.lock); fi

cd "$root"
"${lock[@]}" "$mvn_cmd" -B -q ${MVN_FLAGS--o} -pl kaola-pricing/kaola-pricing-service test-compile \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="$here/target/test-classes:$here/target/classes:$(cat "$here/target/bench-classpath.txt")"
exec java -cp "$classpath" io.kaola.pricing.bench.PriceTrialBenchmark "$@"
