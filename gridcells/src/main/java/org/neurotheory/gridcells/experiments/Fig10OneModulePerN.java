package org.neurotheory.gridcells.experiments;

import java.util.List;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.sweep.SweepSpec;
import org.neurotheory.gridcells.model.OptimiserParams;

/**
 * Fig. 10 of the paper (Appendix B.4): at l = 0.5, for every number of neurons N there is a sigma
 * that gives one module of hexagonal grid cells. The runs go through the registered sweep
 * {@code fig10-neurons}, one point per N.
 */
public final class Fig10OneModulePerN implements FigureSpec {
    private static final SweepSpec SWEEP = PlaneSweeps.spec("fig10-neurons", s -> (s == Scale.PAPER ? paper() : quick()).points());

    /**
     * N = 9, 16, 25 at sigma^2 = 0.028, 0.4, 0.078 (l = 0.5), M = 100 room samples and M_S = 5 displaced
     * rooms, ratio norm loss and the fast schedule, 6 000 steps.
     */
    public static NeuronSweep quick() {
        OptimiserParams p = OptimiserParams.planeOneModuleRatio().withSteps(6000);
        return new NeuronSweep(p.withObjective(p.objective().withSamples(100, 5)), new int[] {9, 16, 25},
                new double[] {0.028, 0.4, 0.078}, 2);
    }

    /**
     * N = 25, 49, 64, 100 at sigma^2 = 0.4 (the official plane script) and 0.16 (sigma = 0.4, the paper's
     * Fig. 8), l = 0.5, Table B.3's samples (M = 150, M_S = 15, S = 3), ratio norm loss and the fast
     * schedule, 20 000 steps up to N = 64 and in proportion to N beyond.
     */
    public static NeuronSweep paper() {
        OptimiserParams p = OptimiserParams.planeOneModuleRatio().withSteps(20000);
        return new NeuronSweep(p.withObjective(p.objective().withShiftStd(3)), new int[] {25, 49, 64, 100},
                new double[] {0.4, 0.16, 0.16, 0.16}, 2);
    }

    @Override
    public String key() {
        return "fig10";
    }

    @Override
    public String title() {
        return "Fig. 10: one hexagonal module for every N at a suitable sigma (plane, l = 0.5)";
    }

    /** The registered sweep ({@code fig10-neurons}). */
    public SweepSpec sweep() {
        return SWEEP;
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        NeuronSweep p = scale == Scale.PAPER ? paper() : quick();
        return figure(p, PlaneSweeps.onBackend(SWEEP, p.points(), scale, seed));
    }

    /** Computes the figure with explicit parameters, on local threads. */
    public FigureData compute(NeuronSweep p, long seed) {
        return figure(p, PlaneSweeps.local(p.points(), seed, p.threads()));
    }

    private FigureData figure(NeuronSweep p, List<PlaneRun> runs) {
        FigureData data = new FigureData(title());
        data.parameters(p);
        data.parameter("schedule", p.base().schedule().name());
        p.panels(data, runs);
        PlaneSweeps.spacingAgainstTheory(data, runs, "c");
        int one = 0;
        int hexagonal = 0;
        for (PlaneRun r : runs) {
            one += r.oneModule() ? 1 : 0;
            hexagonal += r.grid60() > 0.3 ? 1 : 0;
        }
        // the paper: one module at every N (>= 80 % of the neurons in it)
        data.check(Check.atLeast("N with one module", runs.size(), one, 0));
        // the paper: hexagonal; 0.3 is the common grid-cell threshold on grid60
        data.check(Check.atLeast("N with median grid60 > 0.3", runs.size(), hexagonal, 0));
        return data;
    }
}
