package org.neurotheory.gridcells.experiments;

import java.util.function.Supplier;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;

/**
 * A figure computed from the paper's closed forms alone, with no random draw (so the seed plays no
 * part): its parameters are a record with {@code quick()} and {@code paper()} presets, recorded in
 * the figure data before the figure draws its panels and adds its checks ({@link #draw}).
 *
 * @param <P> the figure's parameters
 */
abstract class TheoryFigure<P extends Record> implements FigureSpec {
    private final Supplier<P> quick;
    private final Supplier<P> paper;

    /** @param quick the quick preset; @param paper the paper preset */
    TheoryFigure(Supplier<P> quick, Supplier<P> paper) {
        this.quick = quick;
        this.paper = paper;
    }

    /** Draws the panels and adds the notes and checks of {@code p}. */
    abstract void draw(P p, FigureData data);

    @Override
    public FigureData compute(Scale scale, long seed) {
        return compute(scale == Scale.PAPER ? paper.get() : quick.get());
    }

    /** Computes the figure with explicit parameters. */
    public FigureData compute(P p) {
        FigureData data = new FigureData(title());
        data.parameters(p);
        draw(p, data);
        return data;
    }
}
