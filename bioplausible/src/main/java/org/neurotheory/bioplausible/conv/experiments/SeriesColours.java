package org.neurotheory.bioplausible.conv.experiments;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.internal.chartpart.Chart;

/** Pairs theory and simulation by colour: a series takes the colour of the first key its name contains. */
final class SeriesColours {
    /** A colour-blind-safe palette (Okabe-Ito). */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), Color.BLACK};

    private SeriesColours() {
    }

    /** Colours every series of every XY chart whose name contains {@code keys[i]} with {@code PALETTE[i]}. */
    static List<Chart<?, ?>> apply(List<Chart<?, ?>> charts, List<String> keys) {
        for (Chart<?, ?> c : charts) {
            apply(c, keys);
        }
        return charts;
    }

    /** Colours one chart's series (see {@link #apply(List, List)}). */
    static void apply(Chart<?, ?> c, List<String> keys) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            colours.putIfAbsent(keys.get(i), PALETTE[i % PALETTE.length]);
        }
        apply(c, colours);
    }

    /**
     * Colours every series of one chart whose name contains a key of {@code colours} with that key's
     * colour (the first matching key, in the map's order), e.g. to give a condition the colour it has
     * in another panel.
     */
    static void apply(Chart<?, ?> c, Map<String, Color> colours) {
        if (!(c instanceof XYChart xy)) {
            return;
        }
        for (Map.Entry<String, XYSeries> e : xy.getSeriesMap().entrySet()) {
            for (Map.Entry<String, Color> k : colours.entrySet()) {
                if (e.getKey().contains(k.getKey())) {
                    e.getValue().setLineColor(k.getValue());
                    e.getValue().setMarkerColor(k.getValue());
                    break;
                }
            }
        }
    }

    /** Places an XY chart's legend (XChart positions such as {@code OutsideE} or {@code InsideSE}). */
    static void legend(Chart<?, ?> c, Styler.LegendPosition position) {
        if (c instanceof XYChart xy) {
            xy.getStyler().setLegendPosition(position);
        }
    }
}
