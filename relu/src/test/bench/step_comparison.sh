#!/usr/bin/env bash
# Per-step timings for docs/performance.md (relu): Java NetworkGradientFlow (Vector API kernel, 1 and
# 2 threads) against PyTorch float64 (one thread, default threads), in paired rounds of short blocks
# (relu/src/test/python/paired_step_comparison.py). Java-only step times, with and without other
# processes on the cores: the JMH benchmark BenchReluTwoLayerStep (docs/performance.md).
# Run from the repository root after `mvn -B -q -pl relu -am test-compile`; argument: rounds (40).
set -euo pipefail
/usr/bin/python3 relu/src/test/python/paired_step_comparison.py "${1:-40}"
