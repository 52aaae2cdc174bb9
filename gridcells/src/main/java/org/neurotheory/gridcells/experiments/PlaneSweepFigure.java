package org.neurotheory.gridcells.experiments;

import java.util.List;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.sweep.SweepSpec;
import org.neurotheory.gridcells.model.OptimiserParams;

/**
 * A figure made of one plane-code optimisation per point of a parameter sweep (Appendix B.4:
 * Figs. 8, 9 and 11). It registers the sweep {@code <figure>-<name>} with the paper, runs a preset's
 * points on the current backend (or explicit parameters' points on local threads, with the same
 * seeds), records the parameters and the constraint schedule, and leaves the panels, notes and
 * checks to the figure ({@link #draw}).
 *
 * @param <P> the figure's parameters
 */
abstract class PlaneSweepFigure<P extends Record & PlaneSweepFigure.Points> implements FigureSpec {

    /** What a sweep figure's parameters give: the shared settings, the points and the local threads. */
    interface Points {
        /** Settings every point starts from. */
        OptimiserParams base();

        /** One optimisation per point, in the order the figure reads the runs. */
        List<OptimiserParams> points();

        /** Runs at once when the figure is computed with explicit parameters. */
        int threads();
    }

    private final SweepSpec sweep;

    /** @param sweepKey the registered sweep's key, {@code <figure key>-<name>} */
    PlaneSweepFigure(String sweepKey) {
        sweep = PlaneSweeps.spec(sweepKey, s -> preset(s).points());
    }

    /** The parameters of a scale (the {@code quick()} and {@code paper()} presets). */
    abstract P preset(Scale scale);

    /** Title of the figure data of {@code p}; by default {@link #title()}. */
    String dataTitle(P p) {
        return title();
    }

    /** Draws the panels and adds the notes and checks of the runs, one per point of {@code p}. */
    abstract void draw(P p, List<PlaneRun> runs, FigureData data);

    /** The registered sweep: one optimisation per point. */
    public SweepSpec sweep() {
        return sweep;
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        P p = preset(scale);
        return figure(p, PlaneSweeps.onBackend(sweep, p.points(), scale, seed));
    }

    /** Computes the figure with explicit parameters, on local threads. */
    public FigureData compute(P p, long seed) {
        return figure(p, PlaneSweeps.local(p.points(), seed, p.threads()));
    }

    private FigureData figure(P p, List<PlaneRun> runs) {
        FigureData data = new FigureData(dataTitle(p));
        data.parameters(p);
        data.parameter("schedule", p.base().schedule().name());
        draw(p, runs, data);
        return data;
    }
}
