package org.neurotheory.relu.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Per-step wall times of the {@link TimedTraining} configuration, step by step, for
 * docs/performance.md (relu): percentiles and the medians of blocks of 1000 steps, which show whether
 * a run switches between speed states. Run: {@code java --add-modules jdk.incubator.vector -cp <test
 * classpath> org.neurotheory.relu.bench.StepTimeDistribution [threads] [samples] [steps]}.
 */
public final class StepTimeDistribution {
    private static final int BLOCK = 1000;

    private StepTimeDistribution() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 20000;
        TimedTraining run = new TimedTraining(samples, false, threads);
        for (int k = 0; k < 5000; k++) {
            run.step();
        }
        long[] ns = new long[steps / BLOCK * BLOCK];
        for (int k = 0; k < ns.length; k++) {
            long t0 = System.nanoTime();
            run.step();
            ns[k] = System.nanoTime() - t0;
        }
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        System.out.printf(Locale.ROOT, "threads=%d P=%d: us/step p5 %.0f p25 %.0f p50 %.0f p75 %.0f p95 %.0f%n",
                threads, samples, sorted[n / 20] / 1e3, sorted[n / 4] / 1e3, sorted[n / 2] / 1e3,
                sorted[3 * n / 4] / 1e3, sorted[19 * n / 20] / 1e3);
        StringBuilder blocks = new StringBuilder("medians of blocks of " + BLOCK + " steps:");
        for (int b = 0; b < n; b += BLOCK) {
            long[] block = Arrays.copyOfRange(ns, b, b + BLOCK);
            Arrays.sort(block);
            blocks.append(String.format(Locale.ROOT, " %.0f", block[BLOCK / 2] / 1e3));
        }
        System.out.println(blocks);
    }
}
