package org.neurotheory.gridcells.experiments;

import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.GecoSchedule;
import org.neurotheory.gridcells.model.Sphere;
import org.neurotheory.gridcells.model.SphereCode;

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
        FiniteOptimiserParams op = p.optimiser();
        FigureData data = run.data();
        Sphere sphere = (Sphere) op.space();
        int lmax = sphere.maxDegree();
        int n = op.neurons();
        SphereCode code = new SphereCode(n, lmax, run.optimisation().normalisedWeights());
        int lon = p.longitudes();
        int lat = lon / 2;
        double worst = 0;
        int single = 0;
        for (int neuron = 0; neuron < n; neuron++) {
            double[] map = code.map(neuron, lon, lat);
            worst = FiniteSpaceRun.worstRatio(map, worst);
            if (fieldsAboveHalf(map, lon, lat, FiniteSpaceRun.max(map)) == 1) {
                single++;
            }
            if (neuron < 4) {
                heat(data.panel("neuron " + (neuron + 1), "longitude (deg)", "latitude (deg)").heatmap(), map, lon, lat);
            }
        }
        double[] degree = new double[lmax + 1];
        double[] power = new double[lmax + 1];
        double total = 0;
        for (int l = 0; l <= lmax; l++) {
            degree[l] = l;
            power[l] = code.degreePower(l);
            total += l == 0 ? 0 : power[l];
        }
        data.panel("power per degree", "degree l", "sum_n sum_m W_{n,lm}^2").logY().markers("degrees", degree, power);
        run.losses("equivariance", "lambda_eq (equivariance)");
        StringBuilder shares = new StringBuilder();
        for (int l = 0; l <= Math.min(lmax, 4); l++) {
            shares.append(l == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%d: %.3f", l, power[l] / (total + power[0])));
        }
        data.note("Power share per degree (of all power): " + shares + ".");
        data.note("Neurons with one field above half their maximum: " + single + " of " + n + ".");
        data.check(Check.atLeast("share of the non-constant power on the strongest degrees fitting N - 1 dimensions", 0.95,
                budgetShare(power, n), 0));
        double low = 0;
        for (int l = 1; l <= Math.min(2, lmax); l++) {
            low += power[l];
        }
        // chi's low-frequency bias: the code settles on the lowest degrees (held for seeds 1-3 at quick scale)
        data.check(Check.atLeast("share of the non-constant power on degrees 1 and 2 (low-frequency bias)", 0.95, low / total, 0));
        data.check(Check.atLeast("worst min/max rate over the sphere (nearly non-negative)", -0.2, worst, 0));
        double[] eq = equivariance(code, sphere, Seeds.derive(run.seed(), 7));
        // exact in exact arithmetic: rates O(0.3), 121 terms, round-off ~1e-15
        data.check(Check.atMost("max |g(R x) - W G(R) Y(x)| over random rotations and points (Wigner-D exact)", 1e-10, eq[0], 0));
        // T(R) = W G(R) W^+ is exact for a code within the budget; the power left outside it (about 1 % of the
        // total) gives an error of about its square root, 0.1; a code spread beyond the budget gives O(1)
        data.check(Check.atMost("relative error of the transition T(R) = W G(R) W^+ acting on the code", 0.15, eq[1], 0));
        return data;
    }

    /** Share of the non-constant power on the strongest degrees whose dimensions (2l+1) add up to at most N - 1. */
    static double budgetShare(double[] power, int neurons) {
        int lmax = power.length - 1;
        Integer[] idx = new Integer[lmax];
        double total = 0;
        for (int l = 1; l <= lmax; l++) {
            idx[l - 1] = l;
            total += power[l];
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(power[b], power[a]));
        int room = neurons - 1;
        double kept = 0;
        for (int l : idx) {
            if (2 * l + 1 <= room) {
                room -= 2 * l + 1;
                kept += power[l];
            }
        }
        return kept / total;
    }

    /**
     * {max |g(R x) - W G(R) Y(x)|, mean relative error of {@code T(R) g(x)} against {@code g(R x)}}
     * over 4 random rotations and 200 random points.
     */
    static double[] equivariance(SphereCode code, Sphere sphere, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        int n = code.neurons();
        int b = sphere.basisSize();
        int pts = 200;
        int rot = 4;
        double[] w = code.weights();
        DMatrixRMaj wm = new DMatrixRMaj(n, b, true, w);
        DMatrixRMaj wp = new DMatrixRMaj(b, n);
        CommonOps_DDRM.pinv(wm, wp);
        double[] actions = new double[sphere.actionSize() * rot];
        sphere.drawActions(rng, actions, rot);
        double[] xt = new double[3 * pts];
        sphere.drawPoints(rng, xt, pts, pts);
        double[] basis = new double[b * pts];
        sphere.basis(xt, pts, basis);
        double[] moved = new double[b * pts];
        double[] rotatedBasis = new double[b * pts];
        double[] gBasis = new double[b * pts];
        DMatrixRMaj g = new DMatrixRMaj(n, pts);
        CommonOps_DDRM.mult(wm, new DMatrixRMaj(b, pts, true, basis), g);
        double worst = 0;
        double rel = 0;
        for (int s = 0; s < rot; s++) {
            System.arraycopy(xt, 0, moved, 0, xt.length);
            sphere.act(actions, s, moved, pts, 0, 0, pts);
            sphere.basis(moved, pts, rotatedBasis);
            sphere.applyAction(actions, s, basis, pts, gBasis);
            DMatrixRMaj truth = new DMatrixRMaj(n, pts);
            CommonOps_DDRM.mult(wm, new DMatrixRMaj(b, pts, true, rotatedBasis), truth);
            DMatrixRMaj viaG = new DMatrixRMaj(n, pts);
            CommonOps_DDRM.mult(wm, new DMatrixRMaj(b, pts, true, gBasis), viaG);
            // T = W G W^+, with G applied to the columns of W^+
            double[] gwp = new double[b * n];
            sphere.applyAction(actions, s, wp.data, n, gwp);
            DMatrixRMaj t = new DMatrixRMaj(n, n);
            CommonOps_DDRM.mult(wm, new DMatrixRMaj(b, n, true, gwp), t);
            DMatrixRMaj viaT = new DMatrixRMaj(n, pts);
            CommonOps_DDRM.mult(t, g, viaT);
            for (int q = 0; q < pts; q++) {
                double err = 0;
                double norm = 0;
                for (int i = 0; i < n; i++) {
                    worst = Math.max(worst, Math.abs(viaG.get(i, q) - truth.get(i, q)));
                    double d = viaT.get(i, q) - truth.get(i, q);
                    err += d * d;
                    norm += truth.get(i, q) * truth.get(i, q);
                }
                rel += Math.sqrt(err / norm) / (pts * rot);
            }
        }
        return new double[] {worst, rel};
    }

    /** Local maxima above half the maximum on the longitude x latitude grid (longitude periodic; poles as edges). */
    private static int fieldsAboveHalf(double[] map, int lon, int lat, double max) {
        int count = 0;
        for (int i = 0; i < lat; i++) {
            for (int j = 0; j < lon; j++) {
                double v = map[i * lon + j];
                if (v <= 0.5 * max) {
                    continue;
                }
                boolean peak = true;
                for (int di = -1; di <= 1 && peak; di++) {
                    for (int dj = -1; dj <= 1; dj++) {
                        int ii = i + di;
                        if ((di == 0 && dj == 0) || ii < 0 || ii >= lat) {
                            continue;
                        }
                        int jj = (j + dj + lon) % lon;
                        if (map[ii * lon + jj] > v) {
                            peak = false;
                            break;
                        }
                    }
                }
                if (peak) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void heat(Panel p, double[] map, int lon, int lat) {
        double[] x = new double[lon * lat];
        double[] y = new double[lon * lat];
        for (int i = 0; i < lat; i++) {
            for (int j = 0; j < lon; j++) {
                x[i * lon + j] = Math.round((-180 + 360.0 * (j + 0.5) / lon) * 100) / 100.0;
                y[i * lon + j] = Math.round((-90 + 180.0 * (i + 0.5) / lat) * 100) / 100.0;
            }
        }
        p.grid("rate", x, y, map);
    }
}
