package org.neurotheory.core.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws an XY panel with the figure grammar: one colour per condition, theory solid, simulation
 * as markers or a lighter line, references thin grey and dashed, one legend entry per condition
 * (at most {@link #MAX_ENTRIES}), axes from {@link AxisScale}.
 */
final class XYPanelChart {
    static final int MAX_ENTRIES = 8;
    /** Typical length in pixels of a panel's plot area along x (no legend beside it) and along y. */
    private static final double PLOT_LENGTH_X = 420;
    private static final double PLOT_LENGTH_Y = 290;
    /** Typical distance in pixels from a panel's left edge to its plot area (y axis title and tick labels). */
    private static final double PLOT_LEFT = 80;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Tick spacing hint per pixel of one step along the axis (see {@link #apply}). */
    private static final double HINT = 1.06;
    /** The linear x axes drawn by {@link #build}: their step as a fraction of the axis, and the legend's width. */
    private static final Map<Chart<?, ?>, XTicks> X_TICKS = Collections.synchronizedMap(new WeakHashMap<>());

    private record XTicks(double stepFraction, double legendWidth) {
    }
    /** Name of the invisible point that keeps XChart's ticks on the 1-2-5 grid. */
    static final String CORNER = "\u2063axis-corner";
    private static final BasicStroke THEORY = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke LIGHT = new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final BasicStroke REFERENCE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);

    private XYPanelChart() {
    }

    static XYChart build(Panel p, Map<String, Color> fixedColours) {
        XYChart chart = new XYChartBuilder().width(FigureRenderer.PANEL_WIDTH).height(FigureRenderer.PANEL_HEIGHT).build();
        ChartText text = ChartText.of(chart);
        chart.setTitle(text.label(p.displayTitle(), ChartText.Place.TITLE));
        chart.setXAxisTitle(text.label(p.xLabel(), ChartText.Place.X_TITLE));
        chart.setYAxisTitle(text.label(p.yLabel(), ChartText.Place.Y_TITLE));
        FigureRenderer.styleCommon(chart.getStyler());
        FigureRenderer.fitTitle(chart.getStyler(), chart.getTitle());
        chart.getStyler().setXAxisLogarithmic(p.isLogX());
        chart.getStyler().setYAxisLogarithmic(p.isLogY());
        chart.getStyler().setMarkerSize(6);

        List<Series> drawn = new ArrayList<>();
        List<double[][]> data = new ArrayList<>();
        double[] xr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Series s : p.series()) {
            double[][] xy = drawable(s, p.isLogX(), p.isLogY(), p.isAngleX() ? 1 / Math.PI : 1);
            if (xy[0].length == 0) {
                continue;
            }
            drawn.add(s);
            data.add(xy);
            extend(xr, xy[0]);
            extend(yr, xy[1]);
        }
        List<String> conditions = new ArrayList<>(new LinkedHashSet<>(drawn.stream()
                .filter(s -> p.roleOf(s.name()) != Role.REFERENCE).map(s -> p.conditionOf(s.name())).toList()));
        Map<String, Color> colours = Palette.assign(conditions, fixedColours);
        Map<String, Series> legendOf = legendEntries(p, drawn, conditions);

        List<String> entries = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Series s = drawn.get(i);
            XYSeries xs = chart.addSeries(s.name(), data.get(i)[0], data.get(i)[1]);
            Role role = p.roleOf(s.name());
            String condition = p.conditionOf(s.name());
            style(xs, s.style(), role, role == Role.REFERENCE ? Palette.GREY : colours.get(condition));
            if (xs.getMarker() != null && xs.getMarker() != SeriesMarkers.NONE) {
                xs.setMarker(switch (p.markOf(s.name())) {
                    case CIRCLE -> SeriesMarkers.CIRCLE;
                    case DIAMOND -> SeriesMarkers.DIAMOND;
                    case SQUARE -> SeriesMarkers.SQUARE;
                    case TRIANGLE -> SeriesMarkers.TRIANGLE_UP;
                });
            }
            boolean shown = legendOf.get(condition) == s;
            xs.setShowInLegend(shown);
            if (shown) {
                xs.setLabel(text.label(condition, ChartText.Place.LEGEND));
                entries.add(condition);
            }
        }
        AxisScale xs = p.isAngleX() ? AngleTicks.axis(xr[0], xr[1]) : axis(p.isLogX(), xr, p.categoriesX(), integral(data, 0));
        AxisScale ys = axis(p.isLogY(), yr, null, integral(data, 1));
        boolean single = entries.size() <= 1 && drawn.size() <= 1;
        boolean legend = !entries.isEmpty() && !single && p.hasLegend();
        chart.getStyler().setLegendVisible(legend);
        Styler.LegendPosition where = entries.isEmpty() ? null : legendPosition(p, drawn, data, xs, ys, entries);
        // a legend beside the plot takes its width from the x axis
        double besideLength = Math.max(LogTicks.X_LENGTH / 2, LogTicks.X_LENGTH - LegendPlacement.width(entries));
        boolean beside = legend && where == Styler.LegendPosition.OutsideE;
        if (beside && !fitTitle(chart, besideLength, 12)) {
            // XChart centres the title over the plot: beside a legend a long title would lose its left end
            // (the panel letter) past the chart's edge, so the legend goes below the plot, one entry per row
            where = Styler.LegendPosition.OutsideS;
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
            beside = false;
        } else if (where == Styler.LegendPosition.OutsideS) {
            chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        }
        if (!beside && !fitTitle(chart, LogTicks.X_LENGTH, 10)) {
            chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(10f)); // as close as it gets
        }
        if (where != null) {
            chart.getStyler().setLegendPosition(where);
        }
        // beside a legend a log x axis labels fewer multiples
        apply(chart.getStyler(), text, xs, true, p.categoriesX(), beside ? besideLength : LogTicks.X_LENGTH);
        if (p.isAngleX()) {
            chart.getStyler().setxAxisTickLabelsFormattingFunction(AngleTicks::label);
        }
        apply(chart.getStyler(), text, ys, false, null, 0);
        if (!p.isLogX()) {
            // categories: a tick at every category (step 1) unless their names do not fit side by side
            double step = p.categoriesX() == null ? xs.step() : 1;
            X_TICKS.put(chart, new XTicks(step / (xs.max() - xs.min()), LegendPlacement.width(entries)));
            fitXTicks(chart);
        }
        if (!drawn.isEmpty()) {
            // XChart ticks an axis at every k-th data value when the values (in insertion order, axis
            // ends included) are evenly spaced, which gives unround labels such as 430, 860, ...; a
            // first, invisible point just inside the far corner breaks that order so it steps in 1-2-5.
            XYSeries corner = chart.addSeries(CORNER, new double[] {offEnd(xs)}, new double[] {offEnd(ys)});
            corner.setMarker(SeriesMarkers.NONE);
            corner.setShowInLegend(false);
            corner.setLineColor(new Color(0, 0, 0, 0));
            chart.getSeriesMap().remove(CORNER);
            Map<String, XYSeries> rest = new LinkedHashMap<>(chart.getSeriesMap());
            chart.getSeriesMap().clear();
            chart.getSeriesMap().put(CORNER, corner);
            chart.getSeriesMap().putAll(rest);
        }
        return chart;
    }

    /**
     * Gives a linear or category x axis the tick spacing of its length as painted: a legend beside the plot
     * (placed here, or moved there or away by a figure's own styling after {@link #build}) takes its
     * width from the x axis, and at the full length's spacing XChart would double the step (tasks
     * 1-5 labelled 2, 4). Called before every paint; other charts are left as they are.
     */
    static void fitXTicks(Chart<?, ?> chart) {
        XTicks t = X_TICKS.get(chart);
        if (t == null) {
            return;
        }
        XYStyler st = (XYStyler) chart.getStyler();
        double length = st.isLegendVisible() && st.getLegendPosition() == Styler.LegendPosition.OutsideE
                ? Math.max(PLOT_LENGTH_X / 2, PLOT_LENGTH_X - t.legendWidth()) : PLOT_LENGTH_X;
        st.setXAxisTickMarkSpacingHint((int) Math.ceil(HINT * length * t.stepFraction()));
    }

    /**
     * Whether the chart's title fits on the panel over a plot {@code plotWidth} pixels wide, its font made
     * smaller (down to {@code smallest} points) where that is enough. XChart centres the title over the
     * plot, which starts about {@link #PLOT_LEFT} pixels into the panel: a title wider than twice the
     * distance from that centre to the nearer edge of the panel loses its ends (on the left the panel letter).
     */
    private static boolean fitTitle(XYChart chart, double plotWidth, int smallest) {
        String title = chart.getTitle();
        if (title == null || title.isEmpty()) {
            return true;
        }
        double centre = PLOT_LEFT + plotWidth / 2;
        double room = 2 * Math.min(centre, FigureRenderer.PANEL_WIDTH - centre);
        Font font = chart.getStyler().getChartTitleFont();
        for (int size = font.getSize(); size >= smallest; size--) {
            Font f = font.deriveFont((float) size);
            if (new TextLayout(title, f, FRC).getBounds().getWidth() <= room) {
                chart.getStyler().setChartTitleFont(f);
                return true;
            }
        }
        return false;
    }

    /** Where the legend goes ({@link LegendPlacement}), judged on the data mapped to the unit square. */
    private static Styler.LegendPosition legendPosition(Panel p, List<Series> drawn, List<double[][]> data, AxisScale xs,
            AxisScale ys, List<String> entries) {
        List<double[][]> unit = new ArrayList<>();
        List<Boolean> lines = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            if (p.roleOf(drawn.get(i).name()) == Role.REFERENCE) {
                continue; // a legend may cover a thin reference line, not data
            }
            unit.add(new double[][] {normalise(data.get(i)[0], xs), normalise(data.get(i)[1], ys)});
            lines.add(drawn.get(i).style() != Series.Style.MARKERS);
        }
        return LegendPlacement.choose(unit, lines, entries);
    }

    /** The series that carries each condition's legend entry: its theory curve if any, else its first series. */
    private static Map<String, Series> legendEntries(Panel p, List<Series> drawn, List<String> conditions) {
        Map<String, Series> first = new LinkedHashMap<>();
        for (Series s : drawn) {
            String c = p.conditionOf(s.name());
            Series current = first.get(c);
            if (current == null || (p.roleOf(s.name()) == Role.THEORY && p.roleOf(current.name()) != Role.THEORY)) {
                first.put(c, s);
            }
        }
        if (conditions.size() > MAX_ENTRIES) {
            LinkedHashSet<String> keep = new LinkedHashSet<>();
            for (int k = 0; k < MAX_ENTRIES; k++) {
                keep.add(conditions.get((int) Math.round(k * (conditions.size() - 1) / (double) (MAX_ENTRIES - 1))));
            }
            first.keySet().removeIf(c -> conditions.contains(c) && !keep.contains(c));
        }
        return first;
    }

    private static void style(XYSeries xs, Series.Style style, Role role, Color colour) {
        xs.setLineColor(colour);
        xs.setMarkerColor(colour);
        if (role == Role.REFERENCE) {
            xs.setMarker(SeriesMarkers.NONE);
            xs.setLineStyle(REFERENCE);
            return;
        }
        boolean markers = style == Series.Style.MARKERS || style == Series.Style.LINE_MARKERS;
        if (role == Role.SIMULATION && !markers) {
            xs.setMarker(SeriesMarkers.NONE);
            xs.setLineColor(Palette.lighter(colour));
            xs.setLineStyle(LIGHT);
            return;
        }
        if (role == Role.SIMULATION && style == Series.Style.LINE_MARKERS) {
            xs.setMarker(SeriesMarkers.CIRCLE);
            xs.setLineColor(Palette.lighter(colour));
            xs.setLineStyle(LIGHT);
            return;
        }
        switch (style) {
            case LINE -> {
                xs.setMarker(SeriesMarkers.NONE);
                xs.setLineStyle(THEORY);
            }
            case DASHED -> {
                xs.setMarker(SeriesMarkers.NONE);
                xs.setLineStyle(role == Role.THEORY ? THEORY : DASHED);
            }
            case MARKERS -> {
                xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                xs.setMarker(SeriesMarkers.CIRCLE);
            }
            case LINE_MARKERS -> {
                xs.setMarker(SeriesMarkers.CIRCLE);
                xs.setLineStyle(LIGHT);
            }
        }
    }

    private static AxisScale axis(boolean log, double[] range, List<String> categories, boolean integral) {
        if (categories != null) {
            return new AxisScale(-0.5, categories.size() - 0.5, 0.5, false, false);
        }
        if (log) {
            return AxisScale.log(range[0], range[1]);
        }
        return integral ? AxisScale.wholeNumbers(range[0], range[1]) : AxisScale.linear(range[0], range[1]);
    }

    /** Whether every drawn value on axis {@code k} (0 = x, 1 = y) is a whole number (counts, indices, layers). */
    private static boolean integral(List<double[][]> data, int k) {
        boolean any = false;
        for (double[][] xy : data) {
            for (double v : xy[k]) {
                if (v != Math.rint(v) || Math.abs(v) > 1e6) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Sets the range and ticks of axis {@code a} (x or y); {@link #fitXTicks} then fits a linear x axis's spacing
     * to a legend, and a log x axis labels the multiples that have room on its {@code length} (panel pixels).
     */
    private static void apply(XYStyler st, ChartText text, AxisScale a, boolean x, List<String> categories, double length) {
        if (x) {
            st.setXAxisMin(a.min());
            st.setXAxisMax(a.max());
        } else {
            st.setYAxisMin(a.min());
            st.setYAxisMax(a.max());
        }
        if (a.log()) {
            LogTicks ticks = x ? new LogTicks(a, true, length) : new LogTicks(a, false);
            if (x) {
                st.setXAxisLogarithmicDecadeOnly(a.decadeOnly());
                st.setXAxisDecimalPattern(ticks.pattern());
            } else {
                st.setYAxisLogarithmicDecadeOnly(a.decadeOnly());
                st.setYAxisDecimalPattern(ticks.pattern());
            }
            ticks.register(text, st.getLocale());
            return;
        }
        if (categories == null) {
            // XChart picks its own 1-2-5 step from a pixel spacing hint: step = span / plot length
            // x hint, rounded to 1-2-5 (1 up to 1.5, 2 up to 3.5, 5 up to 7.5). A hint of 1.06 times
            // the axis's step in pixels (at a typical plot length) lands mid-interval, so XChart picks
            // the axis's own step for plots 0.7 to 1.4 times that length; the labels then carry
            // the step's decimals (0.1, 0.2, not 0.10, 0.20)
            int hint = (int) Math.ceil(HINT * (x ? PLOT_LENGTH_X : PLOT_LENGTH_Y) * a.step() / (a.max() - a.min()));
            if (x) {
                st.setXAxisTickMarkSpacingHint(hint);
            } else {
                st.setYAxisTickMarkSpacingHint(hint);
            }
        }
        Function<Double, String> f = categories == null ? a.labels() : v -> category(text, categories, v);
        if (x) {
            st.setxAxisTickLabelsFormattingFunction(f);
        } else {
            st.setyAxisTickLabelsFormattingFunction(f);
        }
    }

    /** The name of category {@code v}; between categories a distinct invisible label (XChart wants distinct labels). */
    private static String category(ChartText text, List<String> names, double v) {
        long i = Math.round(v);
        if (Math.abs(v - i) < 1e-6 && i >= 0 && i < names.size()) {
            return text.label(names.get((int) i), ChartText.Place.X_TICK);
        }
        return "\u200b".repeat(1 + (int) Math.floorMod(Math.round(v * 10), 500));
    }

    /** A value just inside the upper end of an axis, off any regular grid of data. */
    private static double offEnd(AxisScale a) {
        return a.log() ? Math.exp(Math.log(a.max()) - 0.0123457 * (Math.log(a.max()) - Math.log(a.min())))
                : a.max() - 0.0123457 * (a.max() - a.min());
    }

    private static double[] normalise(double[] v, AxisScale a) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = a.log() ? (Math.log(v[i]) - Math.log(a.min())) / (Math.log(a.max()) - Math.log(a.min()))
                    : (v[i] - a.min()) / (a.max() - a.min());
        }
        return out;
    }

    private static void extend(double[] range, double[] values) {
        for (double v : values) {
            range[0] = Math.min(range[0], v);
            range[1] = Math.max(range[1], v);
        }
    }

    /** The finite points of {@code s} that a log axis can show, x multiplied by {@code xUnit}. */
    private static double[][] drawable(Series s, boolean logX, boolean logY, double xUnit) {
        int n = 0;
        double[] x = new double[s.size()];
        double[] y = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            double xi = s.x()[i];
            double yi = s.y()[i];
            if (Double.isFinite(xi) && Double.isFinite(yi) && (!logX || xi > 0) && (!logY || yi > 0)) {
                x[n] = xi * xUnit;
                y[n] = yi;
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }
}
