#!/usr/bin/env bash
# Per-step timings for docs/performance.md (relu): Java NetworkGradientFlow (Vector API kernel, 1 and
# 2 threads) against PyTorch float64 (one thread, default threads), in paired rounds of short blocks
# (relu/src/test/python/paired_step_comparison.py), then the scalar pass (no Vector API flag) once.
# Run from the repository root after `mvn -B -q -pl relu -am test-compile`; argument: rounds (40).
set -euo pipefail
cp="relu/target/classes:relu/target/test-classes:core/target/classes:$(cat examples/target/classpath.txt)"
/usr/bin/python3 relu/src/test/python/paired_step_comparison.py "${1:-40}"
java -cp "$cp" org.neurotheory.relu.bench.TrainingStepTiming plain 1000 1 2>&1 | grep -v '^WARNING' | tail -1
