#!/usr/bin/env bash
# Paired per-epoch timing for docs/performance.md (bioplausible, pHSIC): the Java layer-local training
# (org.neurotheory.bioplausible.hsic.bench.HsicEpoch) against the PyTorch peer (hsic_epoch.py), same
# method, network (784 -> 3 x 256 -> 10), data (60,000 Fashion-MNIST images), batch 256, float32,
# one thread each (PyTorch's default on this machine; ND4J through OMP_NUM_THREADS=1), in alternating
# rounds. Each process trains EPOCHS epochs and prints one JSON line (per-epoch seconds, process seconds).
# Run from the repository root after `mvn -B -o -q -pl bioplausible -am test-compile` and
# `mvn -B -o -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/core_cp.txt`.
# Java trains one uncounted warm-up epoch first (JIT compilation), then EPOCHS counted epochs.
# Arguments: rounds (3), epochs per process (2), method (GAUSSIAN_GRP), training images (60000).
# On a shared machine compare CPU seconds (both sides run one thread), not wall seconds.
set -euo pipefail
rounds="${1:-3}"; epochs="${2:-2}"; method="${3:-GAUSSIAN_GRP}"; images="${4:-60000}"
case "$method" in
  GAUSSIAN_GRP) peer=gaussian-grp ;; GAUSSIAN) peer=gaussian ;; COSSIM_GRP_DIV) peer=cossim-grpdiv ;; COSSIM) peer=cossim ;;
  *) echo "no peer for $method" >&2; exit 2 ;;
esac
# HSIC_CP replaces the Java class path (e.g. a copy of the compiled classes, so that rebuilding the
# tree during a long comparison does not change the code being timed)
cp="${HSIC_CP:-bioplausible/target/classes:bioplausible/target/test-classes:core/target/classes:$(cat /tmp/core_cp.txt)}"
for r in $(seq 1 "$rounds"); do
  OMP_NUM_THREADS=1 java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
    org.neurotheory.bioplausible.hsic.bench.HsicEpoch "$method" "$epochs" "$images" 2>/dev/null | grep '^{'
  OMP_NUM_THREADS=1 /usr/bin/python3 bioplausible/src/test/bench/hsic_epoch.py "$peer" "$epochs" 1 "$images"
done
