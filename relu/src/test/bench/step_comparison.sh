#!/usr/bin/env bash
# Interleaved per-step timings for docs/performance.md (relu section): Java NetworkGradientFlow
# (Vector API kernel at 1 and 2 threads, scalar pass) against PyTorch float64 (default threads and
# one thread). Run from the repository root after `mvn -B -q -pl relu -am test-compile`.
set -euo pipefail
cp="relu/target/classes:relu/target/test-classes:core/target/classes:$(cat examples/target/classpath.txt)"
java_step() { local flags=(); [[ $1 == --add-modules ]] && { flags=("$1" "$2"); shift 2; }; java "${flags[@]}" -cp "$cp" org.neurotheory.relu.bench.TrainingStepTiming "$@" 2>&1 | grep -v '^WARNING' | tail -1; }
uptime
for round in 1 2 3; do
  echo "== round $round"
  java_step --add-modules jdk.incubator.vector plain 5000 1
  java_step --add-modules jdk.incubator.vector plain 5000 2
  java_step plain 1000 1
  /usr/bin/python3 relu/src/test/python/torch_two_layer_step.py 64 1000 | tail -1
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 relu/src/test/python/torch_two_layer_step.py 64 1000 | tail -1
done
uptime
