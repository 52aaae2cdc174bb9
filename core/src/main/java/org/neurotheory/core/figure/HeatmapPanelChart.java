package org.neurotheory.core.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a heat-map panel: the z values of its first series on the grid of its distinct x and y
 * values, a viridis colour bar labelled with the panel's colour label and values to three
 * significant digits at its ends, and axis labels on a few evenly spaced grid values only.
 */
final class HeatmapPanelChart {
    private static final int MAX_X_LABELS = 6;
    private static final int MAX_Y_LABELS = 8;

    private HeatmapPanelChart() {
    }

    static HeatMapChart build(Panel p) {
        HeatMapChart chart = new HeatMapChartBuilder().width(FigureRenderer.PANEL_WIDTH)
                .height(FigureRenderer.PANEL_HEIGHT).build();
        ChartText labels = ChartText.of(chart);
        chart.setTitle(labels.label(p.displayTitle(), ChartText.Place.TITLE));
        chart.setXAxisTitle(labels.label(p.xLabel(), ChartText.Place.X_TITLE));
        chart.setYAxisTitle(labels.label(p.yLabel(), ChartText.Place.Y_TITLE));
        FigureRenderer.styleCommon(chart.getStyler());
        FigureRenderer.fitTitle(chart.getStyler(), chart.getTitle());
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setRangeColors(viridis());
        chart.getStyler().setHeatMapDecimalValueFormatter(HeatmapPanelChart::threeDigits);
        if (p.series().isEmpty()) {
            return chart;
        }
        Series s = p.series().get(0);
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            xs.add(s.x()[i]);
            ys.add(s.y()[i]);
        }
        List<Double> xl = new ArrayList<>(xs);
        List<Double> yl = new ArrayList<>(ys);
        List<Number[]> heat = new ArrayList<>();
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.size(); i++) {
            double z = s.z() == null ? 0 : s.z()[i];
            if (Double.isFinite(z)) {
                heat.add(new Number[] {xl.indexOf(s.x()[i]), yl.indexOf(s.y()[i]), z});
                zMin = Math.min(zMin, z);
                zMax = Math.max(zMax, z);
            }
        }
        if (heat.isEmpty()) {
            return chart;
        }
        double[] bar = colourBarRange(zMin, zMax > zMin ? zMax : zMin + 1);
        chart.getStyler().setMin(bar[0]);
        chart.getStyler().setMax(bar[1]);
        chart.addSeries(s.name(), labels(xl, MAX_X_LABELS), labels(yl, MAX_Y_LABELS), heat);
        String z = p.colorLabelText() != null ? p.colorLabelText() : s.name();
        String text = labels.label(z, ChartText.Place.ANNOTATION);
        Font font = chart.getStyler().getLegendFont();
        double width = font.getStringBounds(text, new FontRenderContext(null, true, false)).getWidth();
        chart.addAnnotation(new AnnotationText(text, FigureRenderer.PANEL_WIDTH - 8 - width / 2,
                FigureRenderer.PANEL_HEIGHT - 40, true));
        chart.getStyler().setAnnotationTextFont(font);
        return chart;
    }

    /**
     * Category names for the grid values: the grid cells that hold a multiple of a 1-2-5 step
     * (chosen for at most {@code max} labels, and no finer than the grid) carry that round value;
     * the others a distinct invisible string. A geometric grid (log-spaced values) is labelled at
     * its decades the same way. A label names a round value inside its cell, within half a cell
     * of the cell's centre (a value on the edge between two cells, as 0 on a grid symmetric
     * about it, goes to the nearer one).
     */
    static List<String> labels(List<Double> values, int max) {
        int n = values.size();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("\u200b".repeat(i + 1));
        }
        if (n == 0) {
            return out;
        }
        if (n == 1) {
            out.set(0, threeDigits(values.get(0)));
            return out;
        }
        boolean geometric = geometric(values);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = geometric ? Math.log10(values.get(i)) : values.get(i);
        }
        double cell = Double.POSITIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            cell = Math.min(cell, v[i] - v[i - 1]);
        }
        double step = AxisScale.niceStep(Math.max((v[n - 1] - v[0]) / (max + 1), cell * (1 - 1e-9)));
        if (geometric) {
            step = Math.max(1, Math.rint(step));
        }
        AxisScale scale = new AxisScale(v[0], v[n - 1], step, false, false);
        for (long k = (long) Math.ceil((v[0] - cell / 2) / step - 1e-9); k * step <= v[n - 1] + cell / 2 + 1e-9 * step; k++) {
            double round = AxisScale.clean(k * step);
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(v[i] - round) < Math.abs(v[best] - round)) {
                    best = i;
                }
            }
            double half = Math.max(best > 0 ? v[best] - v[best - 1] : 0, best < n - 1 ? v[best + 1] - v[best] : 0) / 2;
            if (Math.abs(v[best] - round) <= half * 1.001 && out.get(best).startsWith("\u200b")) {
                out.set(best, geometric ? decade(round) : scale.labels().apply(round));
            }
        }
        return out;
    }

    /** Whether positive values grow by a constant ratio over at least a decade. */
    private static boolean geometric(List<Double> values) {
        int n = values.size();
        if (n < 3 || values.get(0) <= 0 || values.get(n - 1) / values.get(0) < 10) {
            return false;
        }
        double first = values.get(1) / values.get(0);
        for (int i = 2; i < n; i++) {
            if (Math.abs(values.get(i) / values.get(i - 1) / first - 1) > 0.01) {
                return false;
            }
        }
        return true;
    }

    /** The label of decade {@code e}: a plain number within [10⁻³, 10⁴], else a power of ten. */
    private static String decade(double e) {
        int k = (int) Math.round(e);
        return k >= -3 && k <= 4 ? BigDecimal.ONE.scaleByPowerOfTen(k).toPlainString() : "10" + MathText.unicode("^{" + k + "}");
    }

    /**
     * The colour bar's ends: the data range widened to three significant digits of its larger
     * end, so XChart (which prints the ends as they are) shows them with three digits.
     */
    static double[] colourBarRange(double lo, double hi) {
        double mag = Math.max(Math.abs(lo), Math.abs(hi));
        double step = Math.pow(10, Math.floor(Math.log10(mag)) - 2);
        return new double[] {AxisScale.clean(Math.floor(lo / step) * step), AxisScale.clean(Math.ceil(hi / step) * step)};
    }

    /** A number with three significant digits, without trailing zeros. */
    static String threeDigits(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v).replaceAll("\\.?0+e", "e");
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString()
                .replace('-', '\u2212');
    }

    private static Color[] viridis() {
        Color[] c = new Color[9];
        for (int i = 0; i < c.length; i++) {
            c[i] = Palette.ramp(i / (double) (c.length - 1));
        }
        return c;
    }
}
