package org.neurotheory.gridcells.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.gridcells.model.CodeOptimisation;
import org.neurotheory.gridcells.model.OptimiserParams;

/**
 * Times optimisation steps of the plane objective for the paired comparison with the NumPy port
 * {@code src/test/bench/plane_step.py} (driver: {@code src/test/bench/step_comparison.sh}).
 * Usage: {@code PlaneStepTiming N STEPS WARMUP}; prints {@code java N ms_per_step} (thread CPU time).
 */
public final class PlaneStepTiming {
    private PlaneStepTiming() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int steps = Integer.parseInt(args[1]);
        int warm = Integer.parseInt(args[2]);
        OptimiserParams p = OptimiserParams.planeOneModule().withNeurons(n).withSteps(steps + warm);
        CodeOptimisation o = CodeOptimisation.start(p, 0);
        o.advance(warm, Progress.silent());
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        o.advance(warm + steps, Progress.silent());
        long t1 = bean.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "java %d %.4f%n", n, (t1 - t0) / 1e6 / steps);
    }
}
