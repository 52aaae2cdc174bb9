package org.neurotheory.core.figure;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.CommandSequence;
import de.erichseifert.vectorgraphics2d.pdf.PDFProcessor;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;
import org.neurotheory.core.provenance.RunRecord;

/**
 * Writes a figure's five files: {@code <name>.png} (panels on a grid, drawn at twice the panel
 * size), {@code .svg} and {@code .pdf} (vector, series thinned to what the eye can see at that
 * size by {@link Thinning}), {@code .csv} (long format {@code panel,series,x,y,z}, every point)
 * and {@code .json} (the run record: parameters, checks, notes). Every file is written
 * atomically ({@link AtomicFiles}).
 *
 * <p>The CSV prints numbers with {@link Double#toString(double)}, so the same data always give
 * the same bytes.
 */
public final class FigureExporter {
    private static final int COLUMNS = 3;
    /** Coordinates beyond a hundredth of a pixel, which the vector writer prints in full. */
    private static final Pattern SVG_DIGITS = Pattern.compile("(\\d\\.\\d{2})\\d+");
    /** The PNG's pixels per panel pixel. */
    public static final int PNG_SCALE = 2;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .serializeSpecialFloatingPointValues().disableHtmlEscaping().create();

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private FigureExporter() {
    }

    /** Writes the CSV, the PNG, SVG and PDF of {@code charts}, and the JSON under {@code dir/base.*}. */
    public static void export(FigureData data, List<Chart<?, ?>> charts, RunRecord record, Path dir, String base)
            throws IOException {
        writeCsv(data, dir.resolve(base + ".csv"));
        writePng(charts, dir.resolve(base + ".png"));
        writeSvg(charts, dir.resolve(base + ".svg"));
        writePdf(charts, dir.resolve(base + ".pdf"));
        writeJson(record, dir.resolve(base + ".json"));
    }

    /** The long-format CSV text of {@code data}. */
    public static String csv(FigureData data) {
        StringBuilder sb = new StringBuilder("panel,series,x,y,z\n");
        for (Panel p : data.panels()) {
            for (Series s : p.series()) {
                for (int i = 0; i < s.size(); i++) {
                    sb.append(p.name()).append(',').append(s.name()).append(',')
                            .append(s.x()[i]).append(',').append(s.y()[i]).append(',');
                    if (s.z() != null) {
                        sb.append(s.z()[i]);
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Writes the long-format CSV. */
    public static void writeCsv(FigureData data, Path target) throws IOException {
        AtomicFiles.writeString(target, csv(data));
    }

    /** The JSON text of a run record: paper, figure, scale, seed, parameters, wallSeconds, checks, ... */
    public static String json(RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", r.paper());
        m.put("figure", r.figure());
        m.put("title", r.title());
        m.put("scale", r.scale().toString());
        m.put("seed", r.seed());
        m.put("parameters", r.parameters());
        m.put("version", r.version());
        m.put("java", r.java());
        m.put("wallSeconds", r.wallSeconds());
        m.put("pass", r.pass());
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Check c : r.checks()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("expected", c.expected());
            cm.put("actual", c.actual());
            cm.put("tolerance", c.tolerance());
            cm.put("kind", c.kind());
            cm.put("pass", c.pass());
            checks.add(cm);
        }
        m.put("checks", checks);
        m.put("notes", r.notes());
        m.put("error", r.error());
        return GSON.toJson(m) + "\n";
    }

    /** Writes the run record as JSON. */
    public static void writeJson(RunRecord record, Path target) throws IOException {
        AtomicFiles.writeString(target, json(record));
    }

    /** Paints the charts on a grid of up to three columns into a PNG at {@link #PNG_SCALE} times the panel size. */
    public static void writePng(List<Chart<?, ?>> charts, Path target) throws IOException {
        int[] size = gridSize(charts);
        BufferedImage image = new BufferedImage(PNG_SCALE * size[0], PNG_SCALE * size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(PNG_SCALE, PNG_SCALE);
        paintGrid(charts, g);
        g.dispose();
        AtomicFiles.write(target, out -> ImageIO.write(image, "png", out));
    }

    /** Paints the charts, thinned, on a grid into an SVG. */
    public static void writeSvg(List<Chart<?, ?>> charts, Path target) throws IOException {
        int[] size = gridSize(charts);
        var doc = new SVGProcessor().getDocument(vector(charts), new PageSize(0, 0, size[0], size[1]));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.writeTo(bytes);
        String svg = SVG_DIGITS.matcher(bytes.toString(StandardCharsets.UTF_8)).replaceAll("$1");
        AtomicFiles.writeString(target, svg);
    }

    /** Paints the charts, thinned, on a grid into a PDF page of the grid's size. */
    public static void writePdf(List<Chart<?, ?>> charts, Path target) throws IOException {
        int[] size = gridSize(charts);
        var doc = new PDFProcessor(true).getDocument(vector(charts), new PageSize(0, 0, size[0], size[1]));
        AtomicFiles.write(target, doc::writeTo);
    }

    private static CommandSequence vector(List<Chart<?, ?>> charts) {
        Thinning thinning = Thinning.apply(charts);
        try {
            VectorGraphics2D g = new OutlineTextGraphics();
            paintGrid(charts, g);
            return g.getCommands();
        } finally {
            thinning.restore();
        }
    }

    private static int[] gridSize(List<Chart<?, ?>> charts) {
        int n = Math.max(1, charts.size());
        int cols = Math.min(COLUMNS, n);
        int rows = (n + cols - 1) / cols;
        return new int[] {cols * FigureRenderer.PANEL_WIDTH, rows * FigureRenderer.PANEL_HEIGHT};
    }

    private static void paintGrid(List<Chart<?, ?>> charts, Graphics2D g) {
        int cols = Math.min(COLUMNS, Math.max(1, charts.size()));
        for (int i = 0; i < charts.size(); i++) {
            Chart<?, ?> c = charts.get(i);
            Graphics2D cg = (Graphics2D) g.create();
            cg.translate((i % cols) * FigureRenderer.PANEL_WIDTH, (i / cols) * FigureRenderer.PANEL_HEIGHT);
            ChartText.paint(c, cg);
            cg.dispose();
        }
    }

    /**
     * XChart draws every text as filled glyph outlines, so the vector file never needs a font;
     * each font change would otherwise make the PDF writer search the system fonts (about 30 s a
     * figure). The font is kept for measuring only.
     */
    private static final class OutlineTextGraphics extends VectorGraphics2D {
        private Font font = super.getFont();

        @Override
        public void setFont(Font f) {
            if (f != null) {
                font = f;
            }
        }

        @Override
        public Font getFont() {
            return font;
        }

        @Override
        public Graphics create() {
            OutlineTextGraphics copy = (OutlineTextGraphics) super.create();
            copy.font = font;
            return copy;
        }
    }
}
