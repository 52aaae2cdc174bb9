package org.neurotheory.gridcells.experiments;

import java.util.function.Supplier;
import org.neurotheory.core.figure.FigureData;

/**
 * A figure computed from the paper's closed forms alone, with no random draw, so that its numbers
 * do not depend on the seed: a {@link PresetFigure} that draws from its parameters only and can be
 * computed without a seed ({@link #compute(Record)}).
 *
 * @param <P> the figure's parameters
 */
abstract class TheoryFigure<P extends Record> extends PresetFigure<P> {

    /** @param quick the quick preset; @param paper the paper preset */
    TheoryFigure(Supplier<P> quick, Supplier<P> paper) {
        super(quick, paper);
    }

    /** Draws the panels and adds the notes and checks of {@code p}. */
    abstract void draw(P p, FigureData data);

    @Override
    final void draw(P p, long seed, FigureData data) {
        draw(p, data);
    }

    /** Computes the figure with explicit parameters (nothing in it is random, so no seed). */
    public FigureData compute(P p) {
        return compute(p, 0);
    }
}
