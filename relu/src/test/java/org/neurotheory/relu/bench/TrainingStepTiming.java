package org.neurotheory.relu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Java side of relu/src/test/python/paired_step_comparison.py: runs the {@link TimedTraining}
 * configuration and, after a warm-up, prints {@code ready}; then for every line {@code n} read from
 * standard input runs {@code n} steps and prints the wall time per step in microseconds, so that a
 * driver can interleave short blocks of Java and PyTorch steps. Run: {@code java --add-modules
 * jdk.incubator.vector -cp <test classpath> org.neurotheory.relu.bench.TrainingStepTiming serve
 * [threads]}. Stand-alone step timings are the JMH benchmark {@code BenchReluTwoLayerStep}.
 */
public final class TrainingStepTiming {
    private TrainingStepTiming() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !args[0].equals("serve")) {
            throw new IllegalArgumentException("usage: TrainingStepTiming serve [threads]");
        }
        serve(args.length > 1 ? Integer.parseInt(args[1]) : 1);
    }

    private static void serve(int threads) throws IOException {
        TimedTraining run = new TimedTraining(1000, threads);
        for (int k = 0; k < 5000; k++) {
            run.step();
        }
        System.out.println("ready " + (run.flow.vectorised() ? "vector" : "scalar") + " threads=" + threads);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
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
