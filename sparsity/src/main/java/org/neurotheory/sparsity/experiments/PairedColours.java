package org.neurotheory.sparsity.experiments;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;

/**
 * Styling shared by this module's figures: series whose labels start with the same word (the alpha,
 * e.g. {@code "alpha=2 sim"} and {@code "alpha=2 theory"}) get the same colour, so simulation and
 * theory pair by colour; legends sit outside the plot area.
 */
final class PairedColours {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf)};

    private PairedColours() {
    }

    /** The default charts of {@code data}, recoloured by the first word of each series label. */
    static List<Chart<?, ?>> render(FigureData data) {
        return render(data, Styler.LegendPosition.OutsideE);
    }

    /** As {@link #render(FigureData)} with the legend at {@code legend}. */
    static List<Chart<?, ?>> render(FigureData data, Styler.LegendPosition legend) {
        List<Chart<?, ?>> charts = FigureRenderer.charts(data);
        for (Chart<?, ?> c : charts) {
            if (c instanceof XYChart xy) {
                Map<String, Color> colours = new LinkedHashMap<>();
                xy.getStyler().setLegendPosition(legend);
                for (var s : xy.getSeriesMap().values()) {
                    String key = s.getName().split(" ")[0];
                    Color col = colours.computeIfAbsent(key, k -> PALETTE[colours.size() % PALETTE.length]);
                    s.setLineColor(col);
                    s.setMarkerColor(col);
                }
            }
        }
        return charts;
    }
}
