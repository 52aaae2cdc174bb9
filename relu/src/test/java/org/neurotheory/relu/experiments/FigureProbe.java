package org.neurotheory.relu.experiments;

import java.util.Arrays;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.relu.ReluPaper;

/** Development helper: prints every check of one figure (java ... FigureProbe key quick|paper). */
public final class FigureProbe {
    private FigureProbe() {
    }

    public static void main(String[] args) {
        FigureSpec spec = new ReluPaper().figures().stream().filter(f -> f.key().equals(args[0])).findFirst().orElseThrow();
        long t0 = System.nanoTime();
        FigureData d = spec.compute(Scale.parse(args[1]), 1);
        System.out.printf("%s %s: %.1f s%n", args[0], args[1], (System.nanoTime() - t0) / 1e9);
        d.parameters().forEach((k, v) -> System.out.println("  param " + k + " = "
                + (v instanceof double[] a ? Arrays.toString(a) : v)));
        for (Check c : d.checks()) {
            System.out.println("  " + Assertions.describe(c));
        }
    }
}
