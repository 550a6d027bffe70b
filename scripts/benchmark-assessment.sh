#!/usr/bin/env bash
# Live propagation in a co-edited assessment (issue #4): the same assessment open in 2, 5 and 10 browser
# contexts on Debian's Chromium; one changes a field repeatedly; prints p50/p95 of the time until every
# other context shows the new value.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q test -Pbenchmark -Dtest=AssessmentPropagationBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
