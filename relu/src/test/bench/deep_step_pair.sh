#!/usr/bin/env bash
# Per-step time of relu's gradient pass for deep networks at fige1's paper sizes (P = 2000 mirrored,
# widths 3-100-...-100-1, depths 3 and 4; 100 warm-up steps, then 300 timed), on this checkout and on
# another one in turn, for docs/performance.md (relu, "Deep networks: the batched pass").
# Usage, from the repository root: relu/src/test/bench/deep_step_pair.sh OTHER_CHECKOUT [ROUNDS]
# Both checkouts must be built (./neurotheory --version builds one). Stop other work on the cores first.
set -euo pipefail
other="$1"
rounds="${2:-2}"
script="$(mktemp --suffix=.jsh)"
trap 'rm -f "$script"' EXIT
cat > "$script" <<'JSH'
import org.neurotheory.relu.model.*;
import org.neurotheory.relu.data.*;
import org.neurotheory.core.random.Seeds;
var data = new SymmetricRegressionGenerator(1000, 3, false, true, 0, false).generate(ScalarTarget.tripleProduct(), Seeds.stream(Seeds.derive(1, 0)));
for (int depth = 3; depth <= 4; depth++) {
  int[] widths = new int[depth + 1]; java.util.Arrays.fill(widths, 100); widths[0] = 3; widths[depth] = 1;
  var net = new BiasFreeNetwork(widths, 0);
  var p = GaussianInitialisation.iid(net, 0.1, new java.util.SplittableRandom(1));
  var flow = new NetworkGradientFlow(net, data, 1);
  var g = new double[p.length];
  for (int i = 0; i < 100; i++) flow.derivative(0, p, g);
  long t0 = System.nanoTime();
  for (int i = 0; i < 300; i++) flow.derivative(0, p, g);
  System.out.printf("depth %d: %.2f ms per step%n", depth, (System.nanoTime() - t0) / 300e6);
}
/exit
JSH
classpath() {
  echo "$1/core/target/classes:$1/relu/target/classes:$(cat "$1/examples/target/classpath.txt")"
}
for ((r = 1; r <= rounds; r++)); do
  for side in . "$other"; do
    echo "round $r, $(cd "$side" && git log --oneline -1)"
    OMP_NUM_THREADS=1 jshell --class-path "$(classpath "$side")" -R--add-modules=jdk.incubator.vector -q "$script" 2>&1 | grep depth
  done
done
