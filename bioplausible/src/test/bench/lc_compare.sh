#!/bin/sh
# Interleaved rounds of the LC layer timing: Java (core.nn LocallyConnected2d) and PyTorch
# (unfold + batched matmul), forward + backward per batch of 32, the reduced network's three LC layers.
# Usage (from the repository root, after mvn -B -o -pl bioplausible -am test-compile):
#   DEPS=$(mvn -B -o -q -pl core dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
#   BENCH_CP=bioplausible/target/test-classes:bioplausible/target/classes:core/target/classes:$DEPS \
#     sh bioplausible/src/test/bench/lc_compare.sh ROUNDS REPS > lc_rounds.txt
# Each line: side layer median_ms p10_ms p90_ms (one per layer per round).
ROUNDS=${1:-10}
REPS=${2:-50}
CP=${BENCH_CP:?set BENCH_CP to the test classpath}
i=0
while [ $i -lt "$ROUNDS" ]; do
  java -cp "$CP" org.neurotheory.bioplausible.conv.bench.LcLayerTiming "$REPS" 2>/dev/null | grep '^java'
  /usr/bin/python3 bioplausible/src/test/bench/lc_torch.py "$REPS" | grep '^torch'
  i=$((i + 1))
done
