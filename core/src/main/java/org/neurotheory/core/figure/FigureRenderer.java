package org.neurotheory.core.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The one figure style of the library, drawn with XChart: one chart per panel, laid out in the
 * order of the paper's panel labels ({@link Panel#title}; untitled panels follow in the order they
 * were added).
 *
 * <p>The grammar: every series of one condition has one colour (the figure's own colours from
 * {@link FigureData#colour} first); theory is a solid line, simulation markers or a lighter line,
 * reference values thin grey dashed lines ({@link Role}); one legend entry per condition, at most
 * eight, in the emptiest corner of the plot or outside it. Axes tick at round 1-2-5 values that
 * do not overlap, log axes label every decade and draw minor ticks ({@link AxisScale}); labels
 * show their maths in Unicode ({@link MathText}); colour bars carry a label and three significant
 * digits. Points that a log axis cannot show (non-positive) and non-finite points are left out of
 * the drawing only; the CSV keeps every number.
 */
public final class FigureRenderer {
    /** Width and height of one panel in (logical) pixels; the PNG is drawn at twice this. */
    public static final int PANEL_WIDTH = 560;
    public static final int PANEL_HEIGHT = 420;

    private FigureRenderer() {
    }

    /**
     * One chart per panel of {@code data}, in panel-label order. Paint them with
     * {@link #paint} (as {@link FigureExporter} and {@link Figures#save} do): labels XChart cannot
     * draw (sub- and superscripts Unicode lacks, log-axis powers of ten) are placeholders that only
     * {@link #paint} draws as they should read.
     */
    public static List<Chart<?, ?>> charts(FigureData data) {
        List<Panel> panels = new ArrayList<>(data.panels());
        List<Panel> labelled = new ArrayList<>(panels.stream().filter(p -> p.label() != null).toList());
        labelled.sort(Comparator.comparing(Panel::label, FigureRenderer::naturalCompare));
        List<Panel> ordered = new ArrayList<>(labelled);
        panels.stream().filter(p -> p.label() == null).forEach(ordered::add);
        List<Chart<?, ?>> charts = new ArrayList<>();
        for (Panel p : ordered) {
            charts.add(p.kind() == Panel.Kind.HEATMAP ? heatmap(p) : XYPanelChart.build(p, data.colours()));
        }
        return charts;
    }

    /** Paints {@code chart} at its own size, with its labels as they should read (see {@link #charts}). */
    public static void paint(Chart<?, ?> chart, Graphics2D g) {
        ChartText.paint(chart, g);
    }

    /** An XY chart of one panel (no figure-wide colours); paint it with {@link #paint}. */
    public static XYChart xy(Panel p) {
        return XYPanelChart.build(p, Map.of());
    }

    /** A heat map of the first series of a panel (z at x, y on a grid). */
    public static HeatMapChart heatmap(Panel p) {
        return HeatmapPanelChart.build(p);
    }

    /** A smaller title font for long titles, so they fit over the panel. */
    static void fitTitle(AxesChartStyler st, String title) {
        if (title != null && title.length() > 50) {
            st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, title.length() > 60 ? 12 : 13));
        }
    }

    /** Fonts, colours and spacing shared by every chart. */
    static void styleCommon(AxesChartStyler st) {
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderColor(new Color(90, 90, 90));
        st.setPlotGridLinesColor(new Color(232, 232, 232));
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        st.setChartTitleBoxVisible(false);
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        st.setLegendBorderColor(new Color(200, 200, 200));
        st.setLegendPadding(6);
        st.setLegendSeriesLineLength(22);
        // room for half of the last x tick label, which XChart drops when it would cross the chart's edge
        st.setChartPadding(14);
        st.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        st.setXAxisTickMarkSpacingHint(80);
        st.setYAxisTickMarkSpacingHint(50);
        st.setPlotContentSize(0.96);
        st.setAxisTickMarkLength(4);
    }

    /** Compares labels so that "b2" sorts before "b10" and "(ii)" before "(iii)". */
    static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new BigInteger(a.substring(si, i)).compareTo(new BigInteger(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
                continue;
            }
            if (ca != cb) {
                return Character.compare(ca, cb);
            }
            i++;
            j++;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
