package org.neurotheory.gridcells.experiments;

import java.util.function.Supplier;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;

/**
 * A figure computed from a parameter record with {@code quick()} and {@code paper()} presets and a
 * seed (for an optimisation, random codes, Monte-Carlo checks of a closed form): the record is
 * written into the figure data before the figure draws its panels and adds its checks
 * ({@link #draw}). {@link TheoryFigure} is the kind whose numbers do not depend on the seed.
 *
 * @param <P> the figure's parameters
 */
abstract class PresetFigure<P extends Record> implements FigureSpec {
    private final Supplier<P> quick;
    private final Supplier<P> paper;

    /** @param quick the quick preset; @param paper the paper preset */
    PresetFigure(Supplier<P> quick, Supplier<P> paper) {
        this.quick = quick;
        this.paper = paper;
    }

    /** Draws the panels and adds the notes and checks of {@code p}, every random draw from {@code seed}. */
    abstract void draw(P p, long seed, FigureData data);

    @Override
    public FigureData compute(Scale scale, long seed) {
        return compute(scale == Scale.PAPER ? paper.get() : quick.get(), seed);
    }

    /** Computes the figure with explicit parameters. */
    public FigureData compute(P p, long seed) {
        FigureData data = new FigureData(title());
        data.parameters(p);
        draw(p, seed, data);
        return data;
    }
}
