package org.neurotheory.bioplausible.hsic.experiments;

import java.util.List;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.internal.chartpart.Chart;

/** Moves a panel's legend off its data (package-private helper of the figures' {@code render}). */
final class Legends {
    private Legends() {
    }

    /** Places the legend of chart {@code index} at {@code position}; returns the charts. */
    static List<Chart<?, ?>> place(List<Chart<?, ?>> charts, int index, Styler.LegendPosition position) {
        charts.get(index).getStyler().setLegendPosition(position);
        return charts;
    }
}
