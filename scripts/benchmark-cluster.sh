#!/usr/bin/env bash
# Cross-node live propagation (issue #12): the assessment benchmark of scripts/benchmark-assessment.sh, first on
# one node, then with its 2, 5 and 10 browser contexts alternating between two nodes of a cluster (one
# PostgreSQL, Hazelcast on loopback ports). Prints both tables; figures only, no timed assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q test -Pbenchmark -Dtest='AssessmentPropagationBenchmark,ClusterPropagationBenchmark' -Dsurefire.failIfNoSpecifiedTests=false "$@"
