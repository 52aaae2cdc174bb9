package org.neurotheory.gridcells.experiments;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;

/**
 * The x axis of a panel of angles in radians over one turn of the ring (Figs. 3C, 19A), drawn from 0
 * to 2 pi with ticks at 0, pi/2, pi, 3 pi/2 and 2 pi instead of the 1-2-5 steps of a numeric axis
 * (which end at 7). Only the drawing changes: the chart's series are redrawn in units of pi, while the
 * figure's data, and so its CSV, keep the angles in radians.
 */
final class TurnAxis {
    /** Ticks every half of pi. */
    private static final double STEP = 0.5;
    /** One turn, in units of pi. */
    private static final double TURN = 2;

    private TurnAxis() {
    }

    /** The default charts of {@code data} with the x axis of the panel titled {@code panel} over one turn. */
    static List<Chart<?, ?>> render(FigureData data, String panel) {
        List<Chart<?, ?>> charts = FigureRenderer.charts(data);
        XYChart chart = charts.stream().filter(c -> c instanceof XYChart && panel.equals(c.getTitle())).map(c -> (XYChart) c)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("panel = " + panel + " is not allowed: no such XY panel"));
        for (XYSeries s : List.copyOf(chart.getSeriesMap().values())) {
            double[] x = s.getXData().clone();
            for (int i = 0; i < x.length; i++) {
                x[i] /= Math.PI;
            }
            chart.updateXYSeries(s.getName(), x, s.getYData(), null);
        }
        var st = chart.getStyler();
        st.setXAxisMin(0.0);
        st.setXAxisMax(TURN);
        // XChart rounds span / plot length x hint to a 1-2-5 step: at a typical plot length this picks STEP
        st.setXAxisTickMarkSpacingHint((int) Math.ceil(1.06 * 420 * STEP / TURN));
        st.setxAxisTickLabelsFormattingFunction(TurnAxis::label);
        return charts;
    }

    /** The tick label of {@code v} (in units of pi): 0, π/2, π, 3π/2, 2π. */
    static String label(Double v) {
        long halves = Math.round(v / STEP);
        if (Math.abs(v - halves * STEP) > 1e-9) {
            return String.valueOf(v);
        }
        if (halves == 0) {
            return "0";
        }
        String sign = halves < 0 ? "\u2212" : "";
        long h = Math.abs(halves);
        if (h % 2 == 0) {
            return sign + (h == 2 ? "" : String.valueOf(h / 2)) + "\u03c0";
        }
        return sign + (h == 1 ? "" : String.valueOf(h)) + "\u03c0/2";
    }
}
