package org.neurotheory.gridcells.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * One resample of the Monte-Carlo point sets of Section 2.4: room samples {@code x_1..x_M ~ Normal(0, I)},
 * shifted rooms {@code x_i + s_m} (shift-major, index {@code M + m M + i}) and the pair weights
 * {@code chi_ij = 1 - f exp(-|x_i - x_j|^2 / (2 l^2))}. Points are stored coordinate-major
 * ({@code xt[j * P + p]}); the first M of the P = M(1+M_S) points are the room samples.
 * Mutable buffers, refilled in place by {@link #draw} (allocation-free).
 */
public final class SampleSet {
    private final int dim;
    private final ObjectiveParams params;
    private final double[] xt;
    private final double[] chi;
    private final double[] shift;

    /** Empty buffers for the given space dimension and settings. */
    public SampleSet(int dim, ObjectiveParams params) {
        this.dim = Require.inRange("dim", dim, 1, 3);
        this.params = Require.nonNull("params", params);
        this.xt = new double[dim * params.positivityPoints()];
        this.chi = new double[params.rooms() * params.rooms()];
        this.shift = new double[dim];
    }

    /** Redraws every point from {@code rng}. */
    public void draw(SplittableRandom rng) {
        int m = params.rooms();
        int p = params.positivityPoints();
        for (int j = 0; j < dim; j++) {
            for (int i = 0; i < m; i++) {
                xt[j * p + i] = rng.nextGaussian();
            }
        }
        for (int s = 0; s < params.shifts(); s++) {
            for (int j = 0; j < dim; j++) {
                shift[j] = params.shiftStd() * rng.nextGaussian();
            }
            for (int j = 0; j < dim; j++) {
                int base = j * p + m + s * m;
                for (int i = 0; i < m; i++) {
                    xt[base + i] = xt[j * p + i] + shift[j];
                }
            }
        }
        computeChi();
    }

    /** Sets the points directly (tests): {@code points} is P x dim row-major; chi is recomputed. */
    public void set(double[] points) {
        int p = params.positivityPoints();
        Require.length("points", points, p * dim);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < dim; j++) {
                xt[j * p + i] = points[i * dim + j];
            }
        }
        computeChi();
    }

    /** chi of every pair of room samples, {@code 1 - s exp(-|x_a - x_b|^2 / (2 l^2))} (the chi weighting). */
    private void computeChi() {
        int m = params.rooms();
        int p = params.positivityPoints();
        double inv = 1.0 / (2 * params.chiLength() * params.chiLength());
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double d2 = 0;
                for (int j = 0; j < dim; j++) {
                    double d = xt[j * p + a] - xt[j * p + b];
                    d2 += d * d;
                }
                chi[a * m + b] = 1 - params.chiStrength() * Math.exp(-d2 * inv);
            }
        }
    }

    public int dim() {
        return dim;
    }

    public ObjectiveParams params() {
        return params;
    }

    /** Number of points P = M (1 + M_S). */
    public int points() {
        return params.positivityPoints();
    }

    /** The coordinate-major point buffer (read by the objective; not a copy). */
    double[] coordinates() {
        return xt;
    }

    /** The M x M pair weights (not a copy). */
    double[] chi() {
        return chi;
    }

    /** Coordinate j of point p. */
    public double coordinate(int p, int j) {
        return xt[j * points() + p];
    }
}
