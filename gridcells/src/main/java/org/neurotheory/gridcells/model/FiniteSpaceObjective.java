package org.neurotheory.gridcells.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * The objective on a finite space (circle, torus, 3-torus, sphere; Section 2.5 of the paper) and its
 * gradient with respect to W and the learned return matrix B. The code is over-parametrised: W
 * (N x b) mixes all b candidate basis functions of the space ({@link FiniteSpace}: 2D+1 for D
 * integer frequencies, {@code (L+1)^2} spherical harmonics); each row is normalised,
 * {@code W^_n = W_n / |W_n|}, and {@code g = W^ r}. The losses are
 * <ul>
 * <li>separation ({@link SeparationLoss}) over M samples: {@code (1/M^2) sum_ij chi_ij f(|g_i - g_j|^2)};</li>
 * <li>non-negativity: the mean over neurons and P samples of {@code max(0, -g)};</li>
 * <li>equivariance (actionability):
 *     {@code L_eq = (1/(P S)) sum_s sum_i |W^ G(g_s) B W^ r(x_i) - W^ r(g_s x_i)|^2},
 *     B a learned stand-in for the pseudo-inverse of W^. It can only vanish when W^ uses at most
 *     N dimensions of irreps (about N/2 frequencies on a torus), so minimising it re-imposes the
 *     frequency budget.</li>
 * </ul>
 * The gradient written is that of {@code L_sep + lambdaPos L_pos + lambdaEq L_eq} for W and of
 * {@code L_eq} alone for B (as the official code steps B). Hand-derived (back-propagation through
 * the products and the row normalisation of W) and checked against central finite differences in
 * the tests. Allocation-free after construction; not thread-safe.
 */
public final class FiniteSpaceObjective {
    private final int n;
    private final int b;
    private final FiniteSpace space;
    private final FiniteObjectiveParams params;
    private final int m;
    private final int p;
    private final int shifts;
    private final int total;
    private final double[] wHat;
    private final double[] rowNorm;
    private final double[] rates;
    private final double[] gradRates;
    private final double[] room;
    private final double[] gram;
    private final double[] pair;
    private final double[] rowSum;
    private final double[] roomTimesPair;
    private final double[] base;
    private final double[] rotated;
    private final double[] mixed;
    private final double[] error;
    private final double[] gradMixed;
    private final double[] gradRotated;
    private final double[] backBase;
    private final double[] gradWHat;
    private final double[] gradWExtra;
    private double separation;
    private double positivity;
    private double equivariance;

    /** Buffers for N neurons on {@code space}. */
    public FiniteSpaceObjective(int neurons, FiniteSpace space, FiniteObjectiveParams params) {
        this.n = Require.positive("neurons", neurons);
        this.space = Require.nonNull("space", space);
        this.params = Require.nonNull("params", params);
        this.b = space.basisSize();
        this.m = params.rooms();
        this.p = params.positivity();
        this.shifts = params.shifts();
        this.total = params.totalPoints();
        wHat = new double[n * b];
        rowNorm = new double[n];
        rates = new double[n * total];
        gradRates = new double[n * total];
        room = new double[n * m];
        gram = new double[m * m];
        pair = new double[m * m];
        rowSum = new double[m];
        roomTimesPair = new double[n * m];
        base = new double[n * p];
        rotated = new double[b * n];
        mixed = new double[n * n];
        error = new double[n * p];
        gradMixed = new double[n * n];
        gradRotated = new double[b * n];
        backBase = new double[n * p];
        gradWHat = new double[n * b];
        gradWExtra = new double[n * b];
    }

    public FiniteObjectiveParams params() {
        return params;
    }

    /**
     * Evaluates the losses at ({@code w}, {@code bInv}) ({@code bInv} is B, b x N row-major) on
     * {@code samples}; writes the gradients into {@code gradW} and {@code gradB} (either may be
     * null). Returns {@code L_sep + lambdaPos L_pos + lambdaEq L_eq}.
     */
    public double evaluate(double[] w, double[] bInv, FiniteSampleSet samples, double lambdaPos, double lambdaEq,
                           double[] gradW, double[] gradB) {
        Require.length("w", w, n * b);
        Require.length("bInv", bInv, b * n);
        Require.that(samples.params().equals(params) && samples.space().equals(space), "samples",
                "of another space or size", "must match this objective (" + space + ", " + params + ")");
        double[] basis = samples.basis();
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < b; j++) {
                s += w[i * b + j] * w[i * b + j];
            }
            double norm = Math.sqrt(s);
            rowNorm[i] = norm;
            for (int j = 0; j < b; j++) {
                wHat[i * b + j] = w[i * b + j] / norm;
            }
        }
        Gemm.rowsTimes(wHat, n, b, basis, total, rates);
        Arrays.fill(gradRates, 0);
        Arrays.fill(gradWExtra, 0);
        separation = separationLoss(samples.chi());
        positivity = positivityLoss(lambdaPos);
        equivariance = equivarianceLoss(bInv, samples, lambdaEq, gradB);
        if (gradW != null) {
            Gemm.rowsTimesTransposed(gradRates, n, total, basis, b, gradWHat);
            for (int i = 0; i < n * b; i++) {
                gradWHat[i] += gradWExtra[i];
            }
            LossTerms.normaliseGradient(wHat, gradWHat, rowNorm, n, b, gradW, b);
        }
        return separation + lambdaPos * positivity + lambdaEq * equivariance;
    }

    /** Separation loss of the last {@link #evaluate}. */
    public double separation() {
        return separation;
    }

    /** Non-negativity loss of the last {@link #evaluate}. */
    public double positivity() {
        return positivity;
    }

    /** Equivariance loss of the last {@link #evaluate}. */
    public double equivariance() {
        return equivariance;
    }

    /** Pairwise loss over the first M columns; writes its dL/dg there. */
    private double separationLoss(double[] chi) {
        if (params.loss() == SeparationLoss.NONE) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(rates, i * total, room, i * m, m);
        }
        Gemm.transposedTimes(room, n, m, room, m, gram);
        double loss = LossTerms.separation(params.loss(), gram, chi, m, 1.0 / ((double) m * m), params.sigmaSq(), pair,
                rowSum);
        LossTerms.separationGradient(room, n, m, pair, rowSum, roomTimesPair, gradRates, total);
        return loss;
    }

    /** Mean negative part over the P base points; adds lambda dL/dg. */
    private double positivityLoss(double lambda) {
        double per = 1.0 / ((double) n * p);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int r = i * total + m;
            loss = LossTerms.negativePart(rates, r, p, loss);
            LossTerms.addNegativePartGradient(rates, r, p, lambda * per, 0, gradRates);
        }
        return loss * per;
    }

    /** Equivariance loss over the group elements; adds lambda dL/dW^ and writes dL/dB (no lambda). */
    private double equivarianceLoss(double[] bInv, FiniteSampleSet samples, double lambda, double[] gradB) {
        double[] actions = samples.actions();
        for (int i = 0; i < n; i++) {
            System.arraycopy(rates, i * total + m, base, i * p, p);
        }
        if (gradB != null) {
            Arrays.fill(gradB, 0, b * n, 0);
        }
        double c = 1.0 / ((double) p * shifts);
        double loss = 0;
        for (int s = 0; s < shifts; s++) {
            // rotated = G(g_s) B
            space.applyAction(actions, s, bInv, n, rotated);
            Gemm.rowsTimes(wHat, n, b, rotated, n, mixed);
            Gemm.rowsTimes(mixed, n, n, base, p, error);
            int shifted = m + p + s * p;
            for (int i = 0; i < n; i++) {
                for (int q = 0; q < p; q++) {
                    double e = error[i * p + q] - rates[i * total + shifted + q];
                    error[i * p + q] = e;
                    loss += e * e;
                }
            }
            // dL/d(mixed) = 2c E base^T; dL/d(base) = 2c mixed^T E; dL/d(shifted rates) = -2c E
            Gemm.rowsTimesTransposed(error, n, p, base, n, gradMixed);
            for (int i = 0; i < n * n; i++) {
                gradMixed[i] *= 2 * c;
            }
            Gemm.transposedTimes(mixed, n, n, error, p, backBase);
            for (int i = 0; i < n; i++) {
                for (int q = 0; q < p; q++) {
                    gradRates[i * total + m + q] += lambda * 2 * c * backBase[i * p + q];
                    gradRates[i * total + shifted + q] -= lambda * 2 * c * error[i * p + q];
                }
            }
            // mixed = W^ rotated: dL/dW^ += dL/dmixed rotated^T; dL/drotated = W^T dL/dmixed
            Gemm.rowsTimesTransposed(gradMixed, n, n, rotated, b, gradWHat);
            for (int i = 0; i < n * b; i++) {
                gradWExtra[i] += lambda * gradWHat[i];
            }
            if (gradB != null) {
                Gemm.transposedTimes(wHat, n, b, gradMixed, n, gradRotated);
                space.addTransposedAction(actions, s, gradRotated, n, gradB);
            }
        }
        return c * loss;
    }
}
