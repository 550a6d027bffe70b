#!/usr/bin/env bash
# Live propagation in a co-edited assessment (issue #4): the same assessment open in 2, 5 and 10 browser
# contexts on Debian's Chromium. One context sets a rating 30 times, then types a comment continuously with
# the real keyboard (a key every ~40 ms); the others record when each rating and each character appears.
# Prints a markdown table of p50/p95/max ms per rating change and per keystroke-to-visible (in the slowest
# other context, and over every other context). Figures only, no timed assertions; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q test -Pbenchmark -Dtest=AssessmentPropagationBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
