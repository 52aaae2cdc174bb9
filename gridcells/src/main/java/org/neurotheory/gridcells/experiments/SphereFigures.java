package org.neurotheory.gridcells.experiments;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.model.FiniteOptimiserParams;
import org.neurotheory.gridcells.model.Sphere;
import org.neurotheory.gridcells.model.SphereCode;

/**
 * What the sphere figures (Fig. 19B, 19C-D) share: the power budget of a code over degrees, the
 * equivariance of a code under rotations (Wigner-D blocks), the fields of a map and its heat-map panel.
 */
final class SphereFigures {
    private SphereFigures() {
    }

    /** Fields above half the maximum of every neuron's map, and the most negative rate relative to the peak. */
    record Maps(int[] fields, double worst) {
        /** Neurons whose map has exactly one field. */
        int single() {
            return (int) Arrays.stream(fields).filter(c -> c == 1).count();
        }

        /** Neurons whose map has several fields. */
        int several() {
            return (int) Arrays.stream(fields).filter(c -> c > 1).count();
        }
    }

    /**
     * A sphere figure's optimised code: its maps (panels "neuron 1" ... "neuron 4"), its power per degree
     * (panel "power per degree") and its loss panels, in that order.
     *
     * @param nonConstant the power on degrees 1..lmax
     */
    record Analysis(Sphere sphere, SphereCode code, Maps maps, double[] power, double nonConstant) {
    }

    /** Draws and measures the code {@code run} optimised, its maps on a {@code lon} x {@code lon / 2} grid. */
    static Analysis analyse(FiniteSpaceRun run, FiniteOptimiserParams op, int lon) {
        Sphere sphere = (Sphere) op.space();
        int lmax = sphere.maxDegree();
        SphereCode code = new SphereCode(op.neurons(), lmax, run.optimisation().normalisedWeights());
        Maps maps = maps(run.data(), code, lon);
        double[] power = powerPerDegree(run.data(), code, lmax);
        run.losses("equivariance", "lambda_eq (equivariance)");
        double nonConstant = 0;
        for (int l = 1; l <= lmax; l++) {
            nonConstant += power[l];
        }
        return new Analysis(sphere, code, maps, power, nonConstant);
    }

    /**
     * Maps every neuron of {@code code} on a {@code lon} x {@code lon / 2} longitude x latitude grid, draws the first
     * four as panels "neuron 1" ... "neuron 4", and counts each map's fields.
     */
    static Maps maps(FigureData data, SphereCode code, int lon) {
        int lat = lon / 2;
        int n = code.neurons();
        int[] fields = new int[n];
        double worst = 0;
        for (int neuron = 0; neuron < n; neuron++) {
            double[] map = code.map(neuron, lon, lat);
            worst = FiniteSpaceRun.worstRatio(map, worst);
            fields[neuron] = fieldsAboveHalf(map, lon, lat);
            if (neuron < 4) {
                heat(data.panel("neuron " + (neuron + 1), "longitude (deg)", "latitude (deg)").heatmap(), map, lon, lat);
            }
        }
        return new Maps(fields, worst);
    }

    /** The power {@code sum_n sum_m W_{n,lm}^2} of each degree l = 0..lmax, drawn as panel "power per degree" (log axis). */
    static double[] powerPerDegree(FigureData data, SphereCode code, int lmax) {
        double[] degree = new double[lmax + 1];
        double[] power = new double[lmax + 1];
        for (int l = 0; l <= lmax; l++) {
            degree[l] = l;
            power[l] = code.degreePower(l);
        }
        data.panel("power per degree", "degree l", "sum_n sum_m W_{n,lm}^2").logY().markers("degrees", degree, power);
        return power;
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
        Arrays.sort(idx, (a, b) -> Double.compare(power[b], power[a]));
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
     * Fig. 19's two equivariance checks of a sphere code: the Wigner-D action reproduces rotated rates
     * exactly, and the transition {@code T(R) = W G(R) W^+} moves the code as a rotation does.
     */
    static void equivarianceChecks(FigureData data, SphereCode code, Sphere sphere, long seed) {
        double[] eq = equivariance(code, sphere, seed);
        // exact in exact arithmetic: rates O(0.3), 121 terms, round-off ~1e-15
        data.check(Check.atMost("max |g(R x) - W G(R) Y(x)| over random rotations and points (Wigner-D exact)", 1e-10, eq[0], 0));
        // T(R) = W G(R) W^+ is exact for a code within the budget; the power left outside it (about 1 % of the
        // total in Fig. 19B) gives an error of about its square root, 0.1; a code spread beyond the budget gives O(1)
        data.check(Check.atMost("relative error of the transition T(R) = W G(R) W^+ acting on the code", 0.15, eq[1], 0));
    }

    /**
     * {max |g(R x) - W G(R) Y(x)|, mean relative error of {@code T(R) g(x)} against {@code g(R x)}}
     * over 4 random rotations and 200 random points.
     */
    private static double[] equivariance(SphereCode code, Sphere sphere, long seed) {
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

    /** Local maxima above half the map's maximum on the longitude x latitude grid (longitude periodic; poles as edges). */
    static int fieldsAboveHalf(double[] map, int lon, int lat) {
        double max = FiniteSpaceRun.max(map);
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

    static void heat(Panel p, double[] map, int lon, int lat) {
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
