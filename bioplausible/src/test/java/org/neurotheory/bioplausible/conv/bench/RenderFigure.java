package org.neurotheory.bioplausible.conv.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.neurotheory.bioplausible.conv.BioplausibleConvPaper;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;

/** Development helper: {@code RenderFigure KEY quick|paper OUTDIR} computes one figure, writes PNG and CSV, prints notes and checks. */
public final class RenderFigure {
    private RenderFigure() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        FigureSpec f = new BioplausibleConvPaper().figures().stream().filter(s -> s.key().equals(args[0])).findFirst()
                .orElseThrow();
        long t0 = System.nanoTime();
        FigureData d = f.compute(Scale.parse(args[1]), 1);
        System.out.printf("seconds %.0f%n", (System.nanoTime() - t0) / 1e9);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        FigureExporter.writePng(f.render(d), out.resolve(args[0] + "-" + args[1] + ".png"));
        FigureExporter.writeCsv(d, out.resolve(args[0] + "-" + args[1] + ".csv"));
        d.notes().forEach(System.out::println);
        for (Check c : d.checks()) {
            System.out.println((c.pass() ? "PASS " : "FAIL ") + c.name() + " " + c.result());
        }
    }
}
