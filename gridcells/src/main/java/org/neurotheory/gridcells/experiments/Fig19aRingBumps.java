package org.neurotheory.gridcells.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.GecoSchedule;
import org.neurotheory.gridcells.model.SeparationLoss;

/**
 * Fig. 19A of the paper: a ring (head direction). With the kernel loss and the pair weight chi,
 * chi's low-frequency bias (Appendix D.1: {@code w(n)} decreases with n) makes the lowest lattice
 * the best one, so the optimised code is one module of unimodal bumps, one per neuron at different
 * angles, like head-direction cells. Panels: tuning curves, spectrum, losses and constraint weights.
 */
public final class Fig19aRingBumps extends FiniteSpaceRun.Figure<Fig19aRingBumps.Params> {

    /**
     * @param optimiser    optimisation settings
     * @param points       angles per tuning curve
     * @param oneBumpShare share of neurons that must have exactly one bump (one arc above half maximum)
     */
    public record Params(FiniteOptimiserParams optimiser, int points, double oneBumpShare) {
        public Params {
            FiniteSpaceRun.requireDim(optimiser, 1, "circle");
            Require.that(points >= 64, "points", points, "must be >= 64");
            Require.that(oneBumpShare >= 0 && oneBumpShare <= 1, "oneBumpShare", oneBumpShare, "must be in [0, 1]");
        }

        /**
         * The official circle script's kernel-with-chi option (sigma^2 = 2, l = 0.25), N = 21, 30 candidates,
         * P = 150, positivity lambda_0 = 1, equivariance lambda_0 = 1e-4, both gammas 5e-4, 8 000 steps.
         * The run stops before the code is finished (at seed 1 two of 21 neurons keep a second bump), so
         * the one-bump share required is 0.8, a regression bound under that run's 19 of 21, not the
         * paper's claim; the paper preset checks the claim.
         */
        public static Params quick() {
            FiniteOptimiserParams o = FiniteOptimiserParams.circle().withCandidates(30).withSteps(8000);
            o = o.withObjective(o.objective().withLoss(SeparationLoss.KERNEL).withSigmaSq(2).withChi(0.25, 1)
                            .withSamples(150, 150, 3))
                    .withSchedules(new GecoSchedule(1, -9, 0.9, 5e-4, true), new GecoSchedule(1e-4, -5, 0.9, 5e-4, false));
            return new Params(o, 400, 0.8);
        }

        /**
         * The same loss with the official circle script's sizes and schedules (100 candidates, 50 000 steps).
         * Every neuron must be one bump: Fig. 19A shows one module of unimodal bumps.
         */
        public static Params paper() {
            FiniteOptimiserParams o = FiniteOptimiserParams.circle();
            o = o.withObjective(o.objective().withLoss(SeparationLoss.KERNEL).withSigmaSq(2).withChi(0.25, 1));
            return new Params(o, 800, 1);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig19aRingBumps() {
        super(Params::quick, Params::paper, Params::optimiser);
    }

    @Override
    public String key() {
        return "fig19a";
    }

    @Override
    public String title() {
        return "Fig. 19A: on a ring chi's low-frequency bias gives unimodal bumps (head-direction-like cells)";
    }

    @Override
    FigureData compute(Params p, FiniteSpaceRun run) {
        FigureData data = run.data();
        ActionableCode code = run.code();
        int n = code.neurons();
        Panel curves = data.panel("tuning curves", "theta (rad)", "rate").angleX().hideLegend();
        int m = p.points();
        double[] theta = new double[m];
        for (int i = 0; i < m; i++) {
            theta[i] = 2 * Math.PI * i / m;
        }
        double[][] y = run.circleRates(theta);
        double worst = 0;
        int unimodal = 0;
        for (int neuron = 0; neuron < n; neuron++) {
            curves.line("neuron " + (neuron + 1), theta, y[neuron]);
            worst = FiniteSpaceRun.worstRatio(y[neuron], worst);
            double max = FiniteSpaceRun.max(y[neuron]);
            if (arcsAboveHalf(y[neuron], max) == 1) {
                unimodal++;
            }
        }
        double[] freq = run.circleFrequencies();
        double[] power = run.spectrum(freq, "frequency n", "power |a_n|^2 + |b_n|^2");
        int strongest = 0;
        for (int f = 0; f < power.length; f++) {
            if (power[f] > power[strongest]) {
                strongest = f;
            }
        }
        run.losses("equivariance", "lambda_eq (equivariance)");
        run.budget(FiniteSpaceRun.strongest(freq, power, (n - 1) / 2));
        // chi's weight w(n) falls with n (Appendix D.1): the base frequency should be the lowest one
        data.check(Check.absolute("strongest frequency (low-frequency bias: 1)", 1, freq[strongest], 0));
        // Fig. 19A: "one module of unimodal bumps". A bump is an arc above half maximum (arcsAboveHalf: local
        // maxima would count the 2-3 % ripples on a bump's top); paper preset: every neuron, as in the figure;
        // quick preset: 0.8, a bound under its unfinished run's 19 of 21 (Params.quick)
        data.check(Check.atLeast("share of neurons with one bump (one arc above half maximum)", p.oneBumpShare(),
                unimodal / (double) n, 0));
        data.check(Check.atLeast("worst min/max rate over the ring", -0.1, worst, 0));
        return data;
    }

    /**
     * Number of separate arcs of the ring (periodic samples) on which {@code v} exceeds half of
     * {@code max}: the bumps a reader sees. Local maxima above half maximum are not counted instead:
     * the power left off the budget (0.03 % of it after the official circle script's 50 000 steps)
     * ripples the flat top of a bump by 2-3 % of its height, which splits the top into two or three
     * local maxima a few samples apart although the curve is one bump (7 of 21 neurons at seed 1).
     * A curve above half its maximum everywhere (nearly constant) has no arc.
     */
    static int arcsAboveHalf(double[] v, double max) {
        int m = v.length;
        int arcs = 0;
        for (int i = 0; i < m; i++) {
            if (v[i] > 0.5 * max && !(v[(i + m - 1) % m] > 0.5 * max)) {
                arcs++;
            }
        }
        return arcs;
    }
}
