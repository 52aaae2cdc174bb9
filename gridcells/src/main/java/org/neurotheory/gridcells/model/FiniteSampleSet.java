package org.neurotheory.gridcells.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * One resample of the point sets of a finite periodic space (Section 2.5 of the paper), with the
 * irrep basis on all of them (the candidate frequencies are fixed, so the basis changes only here):
 * M separation samples, P base points of the non-negativity and equivariance losses, and the base
 * points displaced by each of the random shifts {@code Delta_s} (modulo 2 pi), all uniform on
 * {@code [0, 2 pi)^dim}. Column order of the basis: separation samples, base points, then the
 * shifted copies shift by shift. Buffers are refilled in place by {@link #draw}.
 */
public final class FiniteSampleSet {
    private static final double TWO_PI = 2 * Math.PI;
    private final int dim;
    private final double[] k;
    private final FiniteObjectiveParams params;
    private final double[] xt;
    private final double[] shift;
    private final double[] chi;
    private final double[] basis;

    /** Buffers for candidate frequencies {@code k} (D x dim row-major). */
    public FiniteSampleSet(int dim, double[] k, FiniteObjectiveParams params) {
        this.dim = Require.inRange("dim", dim, 1, 2);
        Require.that(k.length % dim == 0 && k.length > 0, "k.length", k.length, "must be a positive multiple of dim = " + dim);
        this.k = k.clone();
        this.params = Require.nonNull("params", params);
        int t = params.totalPoints();
        xt = new double[dim * t];
        shift = new double[dim * params.shifts()];
        chi = new double[params.rooms() * params.rooms()];
        basis = new double[IrrepBasis.size(k.length / dim) * t];
    }

    /** Redraws every point from {@code rng} and recomputes chi and the basis. */
    public void draw(SplittableRandom rng) {
        int t = params.totalPoints();
        int m = params.rooms();
        int p = params.positivity();
        for (int j = 0; j < dim; j++) {
            for (int i = 0; i < m + p; i++) {
                xt[j * t + i] = TWO_PI * rng.nextDouble();
            }
        }
        for (int s = 0; s < params.shifts(); s++) {
            for (int j = 0; j < dim; j++) {
                shift[s * dim + j] = TWO_PI * rng.nextDouble();
            }
        }
        refresh();
    }

    /** Sets the points directly (tests): {@code base} is (M + P) x dim, {@code shifts} S x dim, row-major. */
    public void set(double[] base, double[] shifts) {
        int t = params.totalPoints();
        int mp = params.rooms() + params.positivity();
        Require.length("base", base, mp * dim);
        Require.length("shifts", shifts, params.shifts() * dim);
        for (int i = 0; i < mp; i++) {
            for (int j = 0; j < dim; j++) {
                xt[j * t + i] = base[i * dim + j];
            }
        }
        System.arraycopy(shifts, 0, shift, 0, shift.length);
        refresh();
    }

    private void refresh() {
        int t = params.totalPoints();
        int m = params.rooms();
        int p = params.positivity();
        for (int s = 0; s < params.shifts(); s++) {
            for (int j = 0; j < dim; j++) {
                int to = j * t + m + p + s * p;
                int from = j * t + m;
                for (int i = 0; i < p; i++) {
                    double v = xt[from + i] + shift[s * dim + j];
                    xt[to + i] = v >= TWO_PI ? v - TWO_PI : v;
                }
            }
        }
        double inv = 1.0 / (2 * params.chiLength() * params.chiLength());
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double d2 = 0;
                for (int j = 0; j < dim; j++) {
                    double d = Math.abs(xt[j * t + a] - xt[j * t + b]);
                    d = Math.min(d, TWO_PI - d);
                    d2 += d * d;
                }
                chi[a * m + b] = 1 - params.chiStrength() * Math.exp(-d2 * inv);
            }
        }
        IrrepBasis.onPoints(k, dim, xt, t, basis);
    }

    public int dim() {
        return dim;
    }

    public FiniteObjectiveParams params() {
        return params;
    }

    /** Shift s as a vector of length dim. */
    public double[] shift(int s) {
        Require.inRange("s", s, 0, params.shifts() - 1);
        double[] out = new double[dim];
        System.arraycopy(shift, s * dim, out, 0, dim);
        return out;
    }

    /** The candidate frequencies (not a copy). */
    double[] frequencies() {
        return k;
    }

    /** The (2D+1) x total basis (not a copy). */
    double[] basis() {
        return basis;
    }

    /** The M x M pair weights (not a copy). */
    double[] chi() {
        return chi;
    }

    /** Shifts, S x dim (not a copy). */
    double[] shifts() {
        return shift;
    }
}
