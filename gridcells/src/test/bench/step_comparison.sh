#!/usr/bin/env bash
# Paired per-step timing of the plane optimisation: Java (CodeOptimisation) against a NumPy port of
# the same step, rounds interleaved in one run. CPU time of the timing thread/process, one thread each.
# Usage (from the repository root, after `mvn -o -q -pl gridcells -am test-compile`):
#   gridcells/src/test/bench/step_comparison.sh ROUNDS STEPS
set -euo pipefail
rounds=${1:-5}; steps=${2:-300}
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cp_file=/tmp/gridcells-bench-cp.txt
(cd "$root" && mvn -B -o -q -pl core dependency:build-classpath -Dmdep.outputFile=$cp_file >/dev/null)
# snapshot the compiled classes so a build during the run cannot change what is timed
snap=$(mktemp -d); trap 'rm -rf "$snap"' EXIT
cp -r "$root/core/target/classes" "$snap/core"; cp -r "$root/gridcells/target/classes" "$snap/main"
cp -r "$root/gridcells/target/test-classes" "$snap/test"
cp="$snap/core:$snap/main:$snap/test:$(cat $cp_file)"
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
for r in $(seq 1 "$rounds"); do
  for n in 25 64; do
    java -XX:ActiveProcessorCount=1 --add-modules jdk.incubator.vector -cp "$cp" org.neurotheory.gridcells.bench.PlaneStepTiming "$n" "$steps" 300
    /usr/bin/python3 "$root/gridcells/src/test/bench/plane_step.py" "$n" "$steps" 20
  done
done
