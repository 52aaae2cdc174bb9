package org.neurotheory.core.figure;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
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
                .height(FigureRenderer.PANEL_HEIGHT).title(MathText.unicode(p.displayTitle()))
                .xAxisTitle(MathText.unicode(p.xLabel())).yAxisTitle(MathText.unicode(p.yLabel())).build();
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
        String text = MathText.unicode(z);
        java.awt.Font font = chart.getStyler().getLegendFont();
        double width = font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, false)).getWidth();
        chart.addAnnotation(new AnnotationText(text, FigureRenderer.PANEL_WIDTH - 8 - width / 2,
                FigureRenderer.PANEL_HEIGHT - 40, true));
        chart.getStyler().setAnnotationTextFont(font);
        return chart;
    }

    /**
     * Category names for the grid values: every k-th value (k chosen so at most {@code max}
     * carry text) printed with three significant digits; the others a distinct invisible string.
     */
    static List<String> labels(List<Double> values, int max) {
        int stride = Math.max(1, (int) Math.ceil(values.size() / (double) max));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(i % stride == 0 ? threeDigits(values.get(i)) : "\u200b".repeat(i + 1));
        }
        return out;
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
            return String.format(java.util.Locale.ROOT, "%.2e", v).replaceAll("\\.?0+e", "e");
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
