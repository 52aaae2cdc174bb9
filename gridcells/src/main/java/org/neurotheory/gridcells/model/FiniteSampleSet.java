package org.neurotheory.gridcells.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * One resample of the point sets of a finite space (Section 2.5 of the paper), with the basis on
 * all of them (the candidate irreps are fixed, so the basis changes only here): M separation
 * samples, P base points of the non-negativity and equivariance losses, and the base points moved
 * by each of the random group elements {@code g_s} (shifts modulo 2 pi on a torus, rotations on the
 * sphere), all uniform on the space ({@link FiniteSpace}). Column order of the basis: separation
 * samples, base points, then the moved copies element by element. Buffers are refilled in place by
 * {@link #draw}.
 */
public final class FiniteSampleSet {
    private final FiniteSpace space;
    private final FiniteObjectiveParams params;
    private final double[] xt;
    private final double[] actions;
    private final double[] chi;
    private final double[] basis;

    /** Buffers for one resample of {@code space}. */
    public FiniteSampleSet(FiniteSpace space, FiniteObjectiveParams params) {
        this.space = Require.nonNull("space", space);
        this.params = Require.nonNull("params", params);
        int t = params.totalPoints();
        xt = new double[space.dim() * t];
        actions = new double[space.actionSize() * params.shifts()];
        chi = new double[params.rooms() * params.rooms()];
        basis = new double[space.basisSize() * t];
    }

    /** Redraws every point and group element from {@code rng} and recomputes chi and the basis. */
    public void draw(SplittableRandom rng) {
        int t = params.totalPoints();
        space.drawPoints(rng, xt, t, params.rooms() + params.positivity());
        space.drawActions(rng, actions, params.shifts());
        refresh();
    }

    /**
     * Sets the points of a periodic space directly (tests): {@code base} is (M + P) x dim,
     * {@code shifts} S x dim, row-major.
     */
    public void set(double[] base, double[] shifts) {
        Require.that(space instanceof PeriodicSpace, "space", space, "must be periodic to set shifts directly");
        int t = params.totalPoints();
        int dim = space.dim();
        int mp = params.rooms() + params.positivity();
        Require.length("base", base, mp * dim);
        Require.length("shifts", shifts, params.shifts() * dim);
        for (int i = 0; i < mp; i++) {
            for (int j = 0; j < dim; j++) {
                xt[j * t + i] = base[i * dim + j];
            }
        }
        System.arraycopy(shifts, 0, actions, 0, actions.length);
        refresh();
    }

    private void refresh() {
        int t = params.totalPoints();
        int m = params.rooms();
        int p = params.positivity();
        for (int s = 0; s < params.shifts(); s++) {
            space.act(actions, s, xt, t, m, m + p + s * p, p);
        }
        double inv = 1.0 / (2 * params.chiLength() * params.chiLength());
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                chi[a * m + b] = 1 - params.chiStrength() * Math.exp(-space.distanceSq(xt, t, a, b) * inv);
            }
        }
        space.basis(xt, t, basis);
    }

    public FiniteSpace space() {
        return space;
    }

    public FiniteObjectiveParams params() {
        return params;
    }

    /** Group element s ({@link FiniteSpace#actionSize()} numbers: a shift vector on a torus). */
    public double[] shift(int s) {
        Require.inRange("s", s, 0, params.shifts() - 1);
        int size = space.actionSize();
        double[] out = new double[size];
        System.arraycopy(actions, s * size, out, 0, size);
        return out;
    }

    /** The basisSize x total basis (not a copy). */
    double[] basis() {
        return basis;
    }

    /** The M x M pair weights (not a copy). */
    double[] chi() {
        return chi;
    }

    /** The group elements (not a copy). */
    double[] actions() {
        return actions;
    }
}
