package org.neurotheory.core.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Default styling of {@link FigureData} with XChart: one chart per panel, theory dashed,
 * data as markers. Points that a log axis cannot show (non-positive) and non-finite points are
 * left out of the drawing only; the CSV keeps every number.
 */
public final class FigureRenderer {
    /** Width and height of one panel in pixels. */
    public static final int PANEL_WIDTH = 560;
    public static final int PANEL_HEIGHT = 420;

    private FigureRenderer() {
    }

    /** One chart per panel of {@code data}. */
    public static List<Chart<?, ?>> charts(FigureData data) {
        List<Chart<?, ?>> charts = new ArrayList<>();
        for (Panel p : data.panels()) {
            charts.add(p.kind() == Panel.Kind.HEATMAP ? heatmap(p) : xy(p));
        }
        return charts;
    }

    /** An XY chart of one panel. */
    public static XYChart xy(Panel p) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(p.name()).xAxisTitle(p.xLabel()).yAxisTitle(p.yLabel()).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisLogarithmic(p.isLogX());
        chart.getStyler().setYAxisLogarithmic(p.isLogY());
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(5);
        double[] xRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Series s : p.series()) {
            double[][] xy = drawable(s, p.isLogX(), p.isLogY());
            extend(xRange, xy[0]);
            extend(yRange, xy[1]);
            if (xy[0].length == 0) {
                continue;
            }
            XYSeries xs = chart.addSeries(s.name(), xy[0], xy[1]);
            switch (s.style()) {
                case LINE -> xs.setMarker(SeriesMarkers.NONE);
                case DASHED -> {
                    xs.setMarker(SeriesMarkers.NONE);
                    xs.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
                }
                case MARKERS -> xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                case LINE_MARKERS -> xs.setMarker(SeriesMarkers.CIRCLE);
            }
        }
        if (!p.isLogX()) {
            chart.getStyler().setXAxisDecimalPattern(tickPattern(xRange));
        }
        if (!p.isLogY()) {
            chart.getStyler().setYAxisDecimalPattern(tickPattern(yRange));
        }
        return chart;
    }

    /**
     * A tick-label pattern for a linear axis spanning {@code range}: plain decimals with as many
     * digits as the span needs, scientific notation for very large or very small magnitudes.
     */
    static String tickPattern(double[] range) {
        double span = range[1] - range[0];
        double mag = Math.max(Math.abs(range[0]), Math.abs(range[1]));
        if (!(mag > 0) || !Double.isFinite(mag)) {
            return "0.##";
        }
        if (mag >= 1e5 || mag < 1e-3) {
            return "0.##E0";
        }
        int digits = span > 0 ? (int) Math.max(0, Math.min(6, Math.ceil(-Math.log10(span)) + 2)) : 2;
        return digits == 0 ? "0" : "0." + "#".repeat(digits);
    }

    private static void extend(double[] range, double[] values) {
        for (double v : values) {
            range[0] = Math.min(range[0], v);
            range[1] = Math.max(range[1], v);
        }
    }

    /** A heat map of the first series of a panel (z at x, y on a grid). */
    public static HeatMapChart heatmap(Panel p) {
        HeatMapChart chart = new HeatMapChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(p.name()).xAxisTitle(p.xLabel()).yAxisTitle(p.yLabel()).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(true);
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
        chart.getStyler().setMin(zMin);
        chart.getStyler().setMax(zMax > zMin ? zMax : zMin + 1);
        chart.getStyler().setXAxisDecimalPattern("0.###");
        chart.getStyler().setYAxisDecimalPattern("0.###");
        chart.addSeries(s.name(), xl, yl, heat);
        return chart;
    }

    private static double[][] drawable(Series s, boolean logX, boolean logY) {
        int n = 0;
        double[] x = new double[s.size()];
        double[] y = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            double xi = s.x()[i];
            double yi = s.y()[i];
            boolean ok = Double.isFinite(xi) && Double.isFinite(yi) && (!logX || xi > 0) && (!logY || yi > 0);
            if (ok) {
                x[n] = xi;
                y[n] = yi;
                n++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n)};
    }
}
