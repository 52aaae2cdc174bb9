package org.neurotheory.core.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.internal.chartpart.Chart;
import org.neurotheory.core.Require;

/**
 * One call from computed numbers to a picture, for jshell and scripts:
 * {@code Figures.save(spec.compute(Scale.QUICK, 1), Path.of("fig.png"))}. Draws with
 * {@link FigureRenderer} (or the figure's own {@link FigureSpec#render} styling) and writes with
 * {@link FigureExporter}; the file name's extension, {@code .png}, {@code .svg} or {@code .pdf}, picks the format.
 */
public final class Figures {
    private Figures() {}

    /** Draws every panel of {@code data} with the default renderer and writes it to {@code file}. */
    public static Path save(FigureData data, Path file) throws IOException {
        Require.nonNull("data", data);
        return write(FigureRenderer.charts(data), file);
    }

    /** Draws {@code data} with the figure's own styling ({@link FigureSpec#render}) and writes it. */
    public static Path save(FigureSpec spec, FigureData data, Path file) throws IOException {
        Require.nonNull("spec", spec);
        Require.nonNull("data", data);
        return write(spec.render(data), file);
    }

    private static Path write(List<Chart<?, ?>> charts, Path file) throws IOException {
        Require.nonNull("file", file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        Require.that(name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".pdf"), "file", file,
                "a name ending in .png, .svg or .pdf");
        if (name.endsWith(".png")) {
            FigureExporter.writePng(charts, file);
        } else if (name.endsWith(".svg")) {
            FigureExporter.writeSvg(charts, file);
        } else {
            FigureExporter.writePdf(charts, file);
        }
        return file;
    }
}
