package org.neurotheory.core.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The labels of one chart that XChart cannot draw as they should read, and what to draw instead.
 * XChart draws a string in one font, so a subscript that Unicode lacks ({@code W_A}, {@code t_B})
 * or a log-axis label such as 10⁵ (XChart formats log ticks with a {@code DecimalFormat}) is
 * handed to it as a placeholder; when the chart is painted ({@link #paint}), the placeholder's
 * outline, which XChart fills as a shape, is replaced by the label drawn with smaller, shifted
 * scripts, aligned as XChart aligns that kind of text. An empty replacement hides a tick label
 * (every other decade of a crowded log axis).
 */
final class ChartText {
    /** Where a label sits; decides its font, rotation and alignment. */
    enum Place { TITLE, X_TITLE, Y_TITLE, LEGEND, X_TICK, Y_TICK, ANNOTATION }

    private static final Map<Chart<?, ?>, ChartText> REGISTRY = Collections.synchronizedMap(new WeakHashMap<>());
    private static final float SCRIPT_SIZE = 0.7f;
    private static final double TOLERANCE = 1e-4;

    private record Entry(String placeholder, Place place, String replacement) {
    }

    private record Resolved(Entry entry, Shape outline, Rectangle2D bounds) {
    }

    private final Styler styler;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<FontRenderContext, List<Resolved>> resolved = new HashMap<>();

    private ChartText(Styler styler) {
        this.styler = styler;
    }

    /** The substitutions of {@code chart}, created on first use. */
    static ChartText of(Chart<?, ?> chart) {
        return REGISTRY.computeIfAbsent(chart, c -> new ChartText(c.getStyler()));
    }

    /** Paints {@code chart} at its size with its substitutions applied. */
    static void paint(Chart<?, ?> chart, Graphics2D g) {
        XYPanelChart.fitXTicks(chart);
        ChartText t = REGISTRY.get(chart);
        chart.paint(t == null ? g : new ChartGraphics(g, t), chart.getWidth(), chart.getHeight());
    }

    /**
     * The string to give XChart for the label {@code text} (plain-text maths, {@link MathText}):
     * its Unicode form, or a placeholder when it has scripts Unicode cannot write.
     */
    synchronized String label(String text, Place place) {
        if (text == null) {
            return null;
        }
        String u = MathText.unicode(text);
        if (!MathText.hasScripts(u)) {
            return u;
        }
        String placeholder = MathText.withoutScripts(u);
        add(placeholder, place, u);
        return placeholder;
    }

    /** Draws {@code replacement} (Unicode; empty hides it) wherever XChart draws {@code placeholder} at {@code place}. */
    synchronized void add(String placeholder, Place place, String replacement) {
        Entry e = new Entry(placeholder, place, replacement);
        if (!entries.contains(e)) {
            entries.add(e);
            resolved.clear();
        }
    }

    /** The shape to fill instead of {@code s}: {@code s} itself, a replacement, or null to fill nothing. */
    synchronized Shape substitute(Shape s, FontRenderContext frc) {
        if (entries.isEmpty()) {
            return s;
        }
        Rectangle2D b = s.getBounds2D();
        for (Resolved r : resolved.computeIfAbsent(frc, this::resolve)) {
            if (close(b, r.bounds()) && samePath(s, r.outline())) {
                return replacement(r.entry(), frc);
            }
        }
        return s;
    }

    private List<Resolved> resolve(FontRenderContext frc) {
        List<Resolved> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.placeholder().isEmpty()) {
                continue;
            }
            Shape outline = new TextLayout(e.placeholder(), font(e.place()), frc).getOutline(rotation(e.place()));
            Rectangle2D b = outline.getBounds2D();
            if (b.getWidth() > 0 || b.getHeight() > 0) {
                out.add(new Resolved(e, outline, b));
            }
        }
        return out;
    }

    private Shape replacement(Entry e, FontRenderContext frc) {
        if (e.replacement().isEmpty()) {
            return null;
        }
        Font font = font(e.place());
        GeneralPath path = new GeneralPath();
        double x = 0;
        for (MathText.Segment seg : MathText.segments(e.replacement())) {
            if (seg.text().isEmpty()) {
                continue;
            }
            Font f = seg.shift() == 0 ? font : font.deriveFont(font.getSize2D() * SCRIPT_SIZE);
            double dy = seg.shift() < 0 ? 0.22 * font.getSize2D() : seg.shift() > 0 ? -0.38 * font.getSize2D() : 0;
            TextLayout tl = new TextLayout(seg.text(), f, frc);
            path.append(tl.getOutline(AffineTransform.getTranslateInstance(x, dy)), false);
            x += tl.getAdvance();
        }
        Rectangle2D rich = path.getBounds2D();
        Rectangle2D held = new TextLayout(e.placeholder(), font, frc).getBounds();
        double dx = switch (e.place()) {
            case LEGEND -> held.getMinX() - rich.getMinX();
            case Y_TICK -> held.getMaxX() - rich.getMaxX();
            default -> held.getCenterX() - rich.getCenterX();
        };
        AffineTransform at = new AffineTransform();
        AffineTransform rot = rotation(e.place());
        if (rot != null) {
            at.concatenate(rot);
        }
        at.translate(dx, 0);
        return at.createTransformedShape(path);
    }

    private Font font(Place p) {
        AxesChartStyler st = (AxesChartStyler) styler;
        return switch (p) {
            case TITLE -> st.getChartTitleFont();
            case X_TITLE, Y_TITLE -> st.getAxisTitleFont();
            case LEGEND -> st.getLegendFont();
            case X_TICK, Y_TICK -> st.getAxisTickLabelsFont();
            case ANNOTATION -> st.getAnnotationTextFont();
        };
    }

    private static AffineTransform rotation(Place p) {
        return p == Place.Y_TITLE ? AffineTransform.getRotateInstance(-Math.PI / 2, 0, 0) : null;
    }

    private static boolean close(Rectangle2D a, Rectangle2D b) {
        return Math.abs(a.getX() - b.getX()) < TOLERANCE && Math.abs(a.getY() - b.getY()) < TOLERANCE
                && Math.abs(a.getWidth() - b.getWidth()) < TOLERANCE && Math.abs(a.getHeight() - b.getHeight()) < TOLERANCE;
    }

    private static boolean samePath(Shape a, Shape b) {
        PathIterator i = a.getPathIterator(null);
        PathIterator j = b.getPathIterator(null);
        double[] ca = new double[6];
        double[] cb = new double[6];
        while (!i.isDone() && !j.isDone()) {
            Arrays.fill(ca, 0);
            Arrays.fill(cb, 0);
            int ta = i.currentSegment(ca);
            int tb = j.currentSegment(cb);
            if (ta != tb) {
                return false;
            }
            for (int k = 0; k < 6; k++) {
                if (Math.abs(ca[k] - cb[k]) > TOLERANCE) {
                    return false;
                }
            }
            i.next();
            j.next();
        }
        return i.isDone() && j.isDone();
    }
}
