package org.neurotheory.core.figure;

import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One figure of a paper: {@link #compute} produces the numbers and checks, {@link #render} only
 * styles them. Implementations are stateless; every random draw derives from {@code seed}, so
 * the same seed and scale give the same numbers.
 */
public interface FigureSpec {
    /** The figure's key within its paper, e.g. {@code fig2}. Lower case, no spaces or slashes. */
    String key();

    /** A one-line description, e.g. "Loss curves of ATTN_M vs ATTN_S (Fig. 2)". */
    String title();

    /** Computes the figure's data and checks at the given scale. */
    FigureData compute(Scale scale, long seed);

    /** Draws the data: one chart per panel. Override to style; the default draws every panel. */
    default List<Chart<?, ?>> render(FigureData data) {
        return FigureRenderer.charts(data);
    }
}
