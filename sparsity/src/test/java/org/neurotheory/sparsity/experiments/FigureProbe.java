package org.neurotheory.sparsity.experiments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.sparsity.SparsityPaper;

/** Development helper: prints every check of one figure and writes its PNG (java ... FigureProbe key quick|paper dir). */
public final class FigureProbe {
    private FigureProbe() {
    }

    public static void main(String[] args) throws Exception {
        for (String key : args[0].split(",")) {
            FigureSpec spec = new SparsityPaper().figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
            long t0 = System.nanoTime();
            FigureData d = spec.compute(Scale.parse(args[1]), 1);
            System.out.printf("%s %s: %.1f s%n", key, args[1], (System.nanoTime() - t0) / 1e9);
            d.parameters().forEach((k, v) -> System.out.println("  param " + k + " = "
                    + (v instanceof double[] a ? Arrays.toString(a) : v)));
            for (Check c : d.checks()) {
                System.out.println("  " + Assertions.describe(c));
            }
            d.notes().forEach(n -> System.out.println("  note: " + n));
            Path dir = Path.of(args.length > 2 ? args[2] : "/tmp/sparsity-probe");
            Files.createDirectories(dir);
            FigureExporter.writePng(spec.render(d), dir.resolve(key + "-" + args[1] + ".png"));
            FigureExporter.writeCsv(d, dir.resolve(key + "-" + args[1] + ".csv"));
        }
    }
}
