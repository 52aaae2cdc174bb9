package org.neurotheory.relu.bench;

import java.util.Locale;

/**
 * Timed run for docs/performance.md: full-batch gradient-descent steps of a two-layer bias-free
 * ReLU network (D = 10, H = 100, P = 1000), the configuration of
 * relu/src/test/python/torch_two_layer_step.py.
 * Run: {@code java --add-modules jdk.incubator.vector -cp <test classpath>
 * org.neurotheory.relu.bench.TrainingStepTiming [mirrored|plain] [steps] [threads]} (without the
 * module flag the scalar pass is timed).
 *
 * <p>{@code TrainingStepTiming serve [threads]} is the Java side of
 * relu/src/test/python/paired_step_comparison.py: after a warm-up it prints {@code ready}, then for
 * every line {@code n} read from standard input runs {@code n} steps and prints the wall time per
 * step in microseconds, so that a driver can interleave short blocks of Java and PyTorch steps.
 */
public final class TrainingStepTiming {
    private TrainingStepTiming() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("serve")) {
            serve(args.length > 1 ? Integer.parseInt(args[1]) : 1);
            return;
        }
        boolean mirrored = args.length > 0 && args[0].equals("mirrored");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        TimedTraining run = new TimedTraining(1000, mirrored, threads);
        for (int round = 0; round < 3; round++) {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int k = 0; k < steps; k++) {
                run.step();
            }
            double us = (System.nanoTime() - t0) / 1e3 / steps;
            double cpu = (bean.getCurrentThreadCpuTime() - c0) / 1e3 / steps;
            System.out.printf(Locale.ROOT,
                    "java %s %s threads=%d P=%d D=10 H=100: wall %.1f us/step, calling-thread cpu %.1f us/step (loss %.6f)%n",
                    mirrored ? "mirrored" : "plain", run.flow.vectorised() ? "vector" : "scalar", threads,
                    run.data.size(), us, cpu, run.flow.loss(run.params));
        }
    }

    private static void serve(int threads) throws java.io.IOException {
        TimedTraining run = new TimedTraining(1000, false, threads);
        for (int k = 0; k < 5000; k++) {
            run.step();
        }
        System.out.println("ready " + (run.flow.vectorised() ? "vector" : "scalar") + " threads=" + threads);
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.US_ASCII));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int steps = Integer.parseInt(line.trim());
            long t0 = System.nanoTime();
            for (int k = 0; k < steps; k++) {
                run.step();
            }
            System.out.printf(Locale.ROOT, "%.2f%n", (System.nanoTime() - t0) / 1e3 / steps);
        }
    }
}
