package org.neurotheory.bioplausible.hsic.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.neurotheory.bioplausible.hsic.BioplausibleHsicPaper;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;

/** {@code RenderFigure KEY [quick|paper] [OUT_DIR]}: computes one figure, prints notes and checks, writes PNG and CSV. */
public final class RenderFigure {
    private RenderFigure() {
    }

    public static void main(String[] args) throws Exception {
        FigureSpec spec = new BioplausibleHsicPaper().figures().stream().filter(f -> f.key().equals(args[0])).findFirst()
                .orElseThrow();
        Scale scale = args.length > 1 ? Scale.parse(args[1]) : Scale.QUICK;
        Path out = Path.of(args.length > 2 ? args[2] : "/tmp/biohsic_fig");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        FigureData d = spec.compute(scale, 1);
        System.out.printf("%s computed in %.1f s%n", spec.key(), (System.nanoTime() - t0) * 1e-9);
        d.notes().forEach(System.out::println);
        d.checks().forEach(c -> System.out.println((c.pass() ? "PASS " : "FAIL ") + c.name() + ": expected " + c.expected()
                + ", actual " + c.actual() + ", tol " + c.tolerance()));
        FigureExporter.writePng(spec.render(d), out.resolve(spec.key() + ".png"));
        FigureExporter.writeCsv(d, out.resolve(spec.key() + ".csv"));
    }
}
