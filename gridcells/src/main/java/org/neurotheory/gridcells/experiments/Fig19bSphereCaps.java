package org.neurotheory.gridcells.experiments;

import java.util.Locale;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.GecoSchedule;
import org.neurotheory.gridcells.model.Sphere;

/**
 * Fig. 19B of the paper: position on a sphere. The code mixes real spherical harmonics up to degree
 * L (the irreps of rotations) and rotations act on it through Wigner-D blocks; the equivariance loss
 * keeps it within N dimensions of irreps, non-negativity adds a constant, and chi's low-frequency
 * bias (a wide pair weight, l = 1 rad) makes the lowest degrees best. A code on degrees 1 and 2
 * gives one broad field per neuron, a place-cell-like cap; a code on degree 2 alone (even harmonics,
 * {@code Y(-x) = Y(x)}) gives each neuron two antipodal fields. Which of the two a run reaches
 * depends on its initialisation. Panels: four neurons' maps (longitude x latitude), power per
 * degree (log axis), losses and constraint weights.
 */
public final class Fig19bSphereCaps extends FiniteSpaceRun.Figure<Fig19bSphereCaps.Params> {

    /** @param optimiser optimisation settings (a {@link Sphere}); @param longitudes map columns (latitudes: half) */
    public record Params(FiniteOptimiserParams optimiser, int longitudes) {
        public Params {
            Require.nonNull("optimiser", optimiser);
            Require.that(optimiser.space() instanceof Sphere, "optimiser.space", optimiser.space(), "must be a Sphere");
            Require.that(longitudes >= 24 && longitudes % 2 == 0, "longitudes", longitudes, "must be even and >= 24");
        }

        /**
         * The official sphere script (N = 9, degrees up to 10, kernel loss sigma^2 = 1, 75 points and 4
         * rotations per resample every 12 steps) with chi's length l = 1 rad (a low-frequency bias),
         * positivity lambda_0 = 5, both gammas 5e-4, 6 000 steps.
         */
        public static Params quick() {
            FiniteOptimiserParams o = FiniteOptimiserParams.sphere().withSteps(6000);
            o = o.withObjective(o.objective().withChi(1, 1))
                    .withSchedules(new GecoSchedule(5, -6, 0.9, 5e-4, true), new GecoSchedule(0.25, -5, 0.95, 5e-4, false));
            return new Params(o, 72);
        }

        /** The same loss with the official script's schedules (gammas 1e-4) and length (30 000 steps). */
        public static Params paper() {
            FiniteOptimiserParams o = FiniteOptimiserParams.sphere();
            o = o.withObjective(o.objective().withChi(1, 1))
                    .withSchedules(new GecoSchedule(5, -6, 0.9, 1e-4, true), new GecoSchedule(0.25, -5, 0.95, 1e-4, false));
            return new Params(o, 144);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig19bSphereCaps() {
        super(Params::quick, Params::paper, Params::optimiser);
    }

    @Override
    public String key() {
        return "fig19b";
    }

    @Override
    public String title() {
        return "Fig. 19B: on a sphere chi's low-frequency bias keeps the code on the lowest degrees (caps or antipodal pairs)";
    }

    @Override
    FigureData compute(Params p, FiniteSpaceRun run) {
        FigureData data = run.data();
        SphereFigures.Analysis a = SphereFigures.analyse(run, p.optimiser(), p.longitudes());
        int lmax = a.sphere().maxDegree();
        int n = a.code().neurons();
        double[] power = a.power();
        double total = a.nonConstant();
        StringBuilder shares = new StringBuilder();
        for (int l = 0; l <= Math.min(lmax, 4); l++) {
            shares.append(l == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%d: %.3f", l, power[l] / (total + power[0])));
        }
        data.note("Power share per degree (of all power): " + shares + ".");
        data.note("Neurons with one field above half their maximum: " + a.maps().single() + " of " + n + ".");
        data.check(Check.atLeast("share of the non-constant power on the strongest degrees fitting N - 1 dimensions", 0.95,
                SphereFigures.budgetShare(power, n), 0));
        double low = 0;
        for (int l = 1; l <= Math.min(2, lmax); l++) {
            low += power[l];
        }
        // chi's low-frequency bias: the code settles on the lowest degrees (held for seeds 1-3 at quick scale)
        data.check(Check.atLeast("share of the non-constant power on degrees 1 and 2 (low-frequency bias)", 0.95, low / total, 0));
        data.check(Check.atLeast("worst min/max rate over the sphere (nearly non-negative)", -0.2, a.maps().worst(), 0));
        SphereFigures.equivarianceChecks(data, a.code(), a.sphere(), Seeds.derive(run.seed(), 7));
        return data;
    }
}
