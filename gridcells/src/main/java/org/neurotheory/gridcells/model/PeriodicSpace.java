package org.neurotheory.gridcells.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * The circle, torus or 3-torus {@code [0, 2 pi)^dim} with the candidate integer frequencies of
 * {@link IntegerFrequencies} (Section 2.5 of the paper): basis {@code [1, cos k.x, sin k.x, ...]}
 * ({@link IrrepBasis}); a shift {@code Delta} acts on the basis by rotating each cos/sin pair by
 * {@code k.Delta}. Immutable; equal when dim and candidate count are.
 */
public final class PeriodicSpace implements FiniteSpace {
    private static final double TWO_PI = 2 * Math.PI;
    private final int dim;
    private final int candidates;
    private final double[] k;

    /** @param dim 1 circle, 2 torus, 3 3-torus; @param candidates number of candidate frequencies */
    public PeriodicSpace(int dim, int candidates) {
        this.dim = Require.inRange("dim", dim, 1, 3);
        this.candidates = Require.positive("candidates", candidates);
        k = dim == 1 ? IntegerFrequencies.circle(candidates)
                : dim == 2 ? IntegerFrequencies.torus(candidates) : IntegerFrequencies.volume(candidates);
    }

    @Override
    public int dim() {
        return dim;
    }

    public int candidates() {
        return candidates;
    }

    /** The candidate frequencies, D x dim row-major (a copy). */
    public double[] frequencies() {
        return k.clone();
    }

    @Override
    public int basisSize() {
        return IrrepBasis.size(candidates);
    }

    @Override
    public int actionSize() {
        return dim;
    }

    @Override
    public void drawPoints(SplittableRandom rng, double[] xt, int stride, int count) {
        for (int j = 0; j < dim; j++) {
            for (int i = 0; i < count; i++) {
                xt[j * stride + i] = TWO_PI * rng.nextDouble();
            }
        }
    }

    @Override
    public void drawActions(SplittableRandom rng, double[] actions, int count) {
        for (int s = 0; s < count; s++) {
            for (int j = 0; j < dim; j++) {
                actions[s * dim + j] = TWO_PI * rng.nextDouble();
            }
        }
    }

    @Override
    public void act(double[] actions, int s, double[] xt, int stride, int from, int to, int count) {
        for (int j = 0; j < dim; j++) {
            for (int i = 0; i < count; i++) {
                double v = xt[j * stride + from + i] + actions[s * dim + j];
                xt[j * stride + to + i] = v >= TWO_PI ? v - TWO_PI : v;
            }
        }
    }

    @Override
    public double distanceSq(double[] xt, int stride, int a, int b) {
        double d2 = 0;
        for (int j = 0; j < dim; j++) {
            double d = Math.abs(xt[j * stride + a] - xt[j * stride + b]);
            d = Math.min(d, TWO_PI - d);
            d2 += d * d;
        }
        return d2;
    }

    @Override
    public void basis(double[] xt, int points, double[] out) {
        IrrepBasis.onPoints(k, dim, xt, points, out);
    }

    @Override
    public void applyAction(double[] actions, int s, double[] in, int cols, double[] out) {
        System.arraycopy(in, 0, out, 0, cols);
        for (int f = 0; f < candidates; f++) {
            double ph = phase(actions, s, f);
            double co = Math.cos(ph);
            double si = Math.sin(ph);
            int r0 = (2 * f + 1) * cols;
            int r1 = r0 + cols;
            for (int q = 0; q < cols; q++) {
                double x = in[r0 + q];
                double y = in[r1 + q];
                out[r0 + q] = co * x - si * y;
                out[r1 + q] = si * x + co * y;
            }
        }
    }

    @Override
    public void addTransposedAction(double[] actions, int s, double[] in, int cols, double[] out) {
        for (int q = 0; q < cols; q++) {
            out[q] += in[q];
        }
        for (int f = 0; f < candidates; f++) {
            double ph = phase(actions, s, f);
            double co = Math.cos(ph);
            double si = Math.sin(ph);
            int r0 = (2 * f + 1) * cols;
            int r1 = r0 + cols;
            for (int q = 0; q < cols; q++) {
                double x = in[r0 + q];
                double y = in[r1 + q];
                out[r0 + q] += co * x + si * y;
                out[r1 + q] += -si * x + co * y;
            }
        }
    }

    private double phase(double[] actions, int s, int f) {
        double ph = 0;
        for (int j = 0; j < dim; j++) {
            ph += k[f * dim + j] * actions[s * dim + j];
        }
        return ph;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodicSpace p && p.dim == dim && p.candidates == candidates;
    }

    @Override
    public int hashCode() {
        return 31 * dim + candidates;
    }

    @Override
    public String toString() {
        return "PeriodicSpace[dim=" + dim + ", candidates=" + candidates + "]";
    }
}
