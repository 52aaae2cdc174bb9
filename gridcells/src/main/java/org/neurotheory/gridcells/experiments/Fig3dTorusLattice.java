package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.gridcells.analysis.ModuleAssignment;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.GecoSchedule;
import org.neurotheory.gridcells.model.SeparationLoss;

/**
 * Fig. 3D of the paper: the circle result of Fig. 3C on the torus. With the Euclidean loss, every
 * short integer frequency vector allowed and the equivariance loss imposing actionability, the
 * code uses at most {@code floor((N-1)/2)} frequencies, which form a compact 2-D lattice of low
 * harmonics, and its rate maps are non-negative lattices of fields. Panels: rate maps of four neurons over one period, the spectrum (every k and -k holding
 * at least 1% of the power), losses and constraint weights.
 */
public final class Fig3dTorusLattice extends FiniteSpaceRun.Figure<Fig3dTorusLattice.Params> {

    /**
     * @param optimiser optimisation settings
     * @param bins      rate-map bins per side (one period, {@code [-pi, pi)^2})
     * @param pairs     Monte-Carlo pairs for the loss check
     */
    public record Params(FiniteOptimiserParams optimiser, int bins, int pairs) {
        public Params {
            FiniteSpaceRun.requireDim(optimiser, 2, "torus");
            Require.that(bins >= 16, "bins", bins, "must be >= 16");
            Require.that(pairs >= 100, "pairs", pairs, "must be >= 100");
        }

        /**
         * N = 20, the 40 shortest candidates, Euclidean loss, P = 150, positivity lambda_0 = 10 and
         * equivariance lambda_0 = 0.01 with gamma = 5e-4 (official: 1e-4), 6 000 steps.
         */
        public static Params quick() {
            FiniteOptimiserParams o = FiniteOptimiserParams.torus().withCandidates(40).withSteps(6000);
            o = o.withObjective(o.objective().withLoss(SeparationLoss.EUCLIDEAN).withChi(1, 0).withSamples(150, 150, 3))
                    .withSchedules(new GecoSchedule(10, -9, 0.9, 5e-4, true), new GecoSchedule(0.01, -5, 0.9, 5e-4, false));
            return new Params(o, 40, 20000);
        }

        /** The official torus script with the Euclidean loss: 200 candidates, P = 250, official schedules, 100 000 steps. */
        public static Params paper() {
            FiniteOptimiserParams o = FiniteOptimiserParams.torus();
            o = o.withObjective(o.objective().withLoss(SeparationLoss.EUCLIDEAN).withChi(1, 0))
                    .withSchedules(new GecoSchedule(1, -9, 0.9, 1e-4, true), o.equivariance());
            return new Params(o, 50, 200000);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig3dTorusLattice() {
        super(Params::quick, Params::paper, Params::optimiser);
    }

    @Override
    public String key() {
        return "fig3d";
    }

    @Override
    public String title() {
        return "Fig. 3D: non-negativity and actionability give a module of lattice maps (torus)";
    }

    @Override
    FigureData compute(Params p, FiniteSpaceRun run) {
        FigureData data = run.data();
        ActionableCode code = run.code();
        int n = code.neurons();
        RateMap maps = RateMap.of(code, p.bins(), Math.PI);
        PlaneFigures.rateMaps(data, maps, new int[] {0, 1, 2, 3}, "");
        double worst = 0;
        for (int neuron = 0; neuron < n; neuron++) {
            worst = FiniteSpaceRun.worstRatio(maps.map(neuron), worst);
        }
        double[] power = code.powers();
        int d = power.length;
        double total = 0;
        for (double v : power) {
            total += v;
        }
        List<double[]> strong = new ArrayList<>();
        for (int f = 0; f < d; f++) {
            if (power[f] >= 0.01 * total) {
                strong.add(code.frequency(f));
            }
        }
        double[] kx = new double[2 * strong.size()];
        double[] ky = new double[2 * strong.size()];
        for (int i = 0; i < strong.size(); i++) {
            kx[2 * i] = strong.get(i)[0];
            ky[2 * i] = strong.get(i)[1];
            kx[2 * i + 1] = -strong.get(i)[0];
            ky[2 * i + 1] = -strong.get(i)[1];
        }
        data.panel("spectrum: frequencies with >= 1% of the power (k and -k)", "k_x", "k_y").markers("frequencies", kx, ky);
        run.losses("equivariance", "lambda_eq (equivariance)");
        String[] labels = new String[d];
        for (int f = 0; f < d; f++) {
            double[] k = code.frequency(f);
            labels[f] = "(" + (int) k[0] + " " + (int) k[1] + ")";
        }
        run.budget(FiniteSpaceRun.strongestLabelled(labels, power, (n - 1) / 2));
        data.check(Check.atLeast("worst min/max rate over the torus", -0.1, worst, 0));
        data.note("Largest module by power profile (ModuleAssignment): " + ModuleAssignment.modules(code).get(0).length
                + " of " + n + " neurons.");
        run.euclideanCheck(p.pairs());
        return data;
    }
}
