package org.neurotheory.gridcells.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * The objective of Sections 2.3-2.4 of the paper for very large spaces (line, plane, volume) and
 * its gradient with respect to W and the frequencies K:
 * {@code L = L_f + lambda_p L_pos + lambda_b L_b} with
 * <ul>
 * <li>the functional ("separation") loss, eq. (1)-(2), on the room samples with every neuron
 *     normalised to unit Euclidean norm over them:
 *     {@code L_f = c_f sum_ij chi_ij exp(-|g^_i - g^_j|^2 / (2 sigma^2))};</li>
 * <li>the non-negativity loss on the room and the shifted rooms, each neuron scaled by
 *     {@code (M_S+1)/|g_n|}: {@code L_pos = mean over neurons and points of max(0, -g^)};</li>
 * <li>the bounded-activity loss {@code L_b = ||q - 1||_F / (N M_S)} over the shifted rooms
 *     ({@link NormLossMode}).</li>
 * </ul>
 * Gradients are hand-derived (pairwise loss through the Gram matrix, projections through the
 * per-neuron normalisations, back-propagation through the basis to K) and checked against
 * central finite differences in the tests. One instance owns its buffers: {@link #evaluate}
 * allocates nothing; not thread-safe (one instance per optimisation).
 */
public final class OpenSpaceObjective {
    private final int n;
    private final int d;
    private final int b;
    private final int dim;
    private final ObjectiveParams params;
    private final int m;
    private final int ms;
    private final int pts;
    private final double[] basis;
    private final double[] rates;
    private final double[] gradRates;
    private final double[] gamma;
    private final double[] unit;
    private final double[] gram;
    private final double[] pair;
    private final double[] rowSum;
    private final double[] gradUnit;
    private final double[] q;
    private final double[] roomNorm;
    private double functional;
    private double positivity;
    private double norm;

    /** Buffers for N neurons, D frequencies, a space of dimension dim. */
    public OpenSpaceObjective(int neurons, int frequencies, int dim, ObjectiveParams params) {
        this.n = Require.positive("neurons", neurons);
        this.d = FrequencyBudget.require(neurons, frequencies);
        this.dim = Require.inRange("dim", dim, 1, 3);
        this.params = Require.nonNull("params", params);
        this.b = IrrepBasis.size(d);
        this.m = params.rooms();
        this.ms = params.shifts();
        this.pts = params.positivityPoints();
        basis = new double[b * pts];
        rates = new double[n * pts];
        gradRates = new double[n * pts];
        gamma = new double[b * pts];
        unit = new double[n * m];
        gram = new double[m * m];
        pair = new double[m * m];
        rowSum = new double[m];
        gradUnit = new double[n * m];
        q = new double[n * ms];
        roomNorm = new double[n];
    }

    public int neurons() {
        return n;
    }

    public int frequencies() {
        return d;
    }

    public int dim() {
        return dim;
    }

    public ObjectiveParams params() {
        return params;
    }

    /**
     * Evaluates the three losses at ({@code w}, {@code k}) on {@code samples} and writes the
     * gradient of {@code L_f + lambdaPos L_pos + lambdaNorm L_b} into {@code gradW} and
     * {@code gradK} (either may be null to skip it). Returns the total.
     */
    public double evaluate(double[] w, double[] k, SampleSet samples, double lambdaPos, double lambdaNorm,
                           double[] gradW, double[] gradK) {
        double[] xt = samples.coordinates();
        IrrepBasis.onPoints(k, dim, xt, pts, basis);
        Gemm.rowsTimes(w, n, b, basis, pts, rates);
        functional = functionalLoss(samples.chi());
        positivity = positivityLoss(lambdaPos);
        norm = normLoss(lambdaNorm);
        if (gradW != null) {
            Gemm.rowsTimesTransposed(gradRates, n, pts, basis, b, gradW);
        }
        if (gradK != null) {
            Gemm.transposedTimes(w, n, b, gradRates, pts, gamma);
            for (int f = 0; f < d; f++) {
                int c = (2 * f + 1) * pts;
                int s = c + pts;
                for (int j = 0; j < dim; j++) {
                    int x = j * pts;
                    double acc = 0;
                    for (int p = 0; p < pts; p++) {
                        acc += (gamma[s + p] * basis[c + p] - gamma[c + p] * basis[s + p]) * xt[x + p];
                    }
                    gradK[f * dim + j] = acc;
                }
            }
        }
        return functional + lambdaPos * positivity + lambdaNorm * norm;
    }

    /** Functional loss of the last {@link #evaluate}. */
    public double functional() {
        return functional;
    }

    /** Non-negativity loss of the last {@link #evaluate}. */
    public double positivity() {
        return positivity;
    }

    /** Norm (bounded activity) loss of the last {@link #evaluate}. */
    public double norm() {
        return norm;
    }

    /** Pairwise loss on the room columns; writes dL_f/dG into the room columns, zeroes the rest. */
    private double functionalLoss(double[] chi) {
        Arrays.fill(gradRates, 0);
        LossTerms.normalise(rates, pts, n, m, unit, roomNorm);
        Gemm.transposedTimes(unit, n, m, unit, m, gram);
        double loss = LossTerms.separation(SeparationLoss.KERNEL, gram, chi, m, params.functionalScale(), params.sigmaSq(),
                pair, rowSum);
        LossTerms.separationGradient(unit, n, m, pair, rowSum, gradUnit, gradUnit, m);
        LossTerms.normaliseGradient(unit, gradUnit, roomNorm, n, m, gradRates, pts);
        return loss;
    }

    /**
     * Mean negative part of the scaled rates over the positivity set; adds lambda dL/dG. Two neurons'
     * sums run in one pass over the points (four independent chains, each adding in point order, so
     * the bits are those of one neuron at a time).
     */
    private double positivityLoss(double lambda) {
        double loss = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            int r0 = i * pts;
            int r1 = r0 + pts;
            double s0 = 0;
            double s1 = 0;
            double neg0 = 0;
            double neg1 = 0;
            for (int p = 0; p < pts; p++) {
                double v0 = rates[r0 + p];
                double v1 = rates[r1 + p];
                s0 += v0 * v0;
                s1 += v1 * v1;
                neg0 -= v0 < 0 ? v0 : 0.0;
                neg1 -= v1 < 0 ? v1 : 0.0;
            }
            loss += neuronPositivity(r0, s0, neg0, lambda);
            loss += neuronPositivity(r1, s1, neg1, lambda);
        }
        for (; i < n; i++) {
            int r = i * pts;
            double s = 0;
            for (int p = 0; p < pts; p++) {
                s += rates[r + p] * rates[r + p];
            }
            loss += neuronPositivity(r, s, LossTerms.negativePart(rates, r, pts, 0), lambda);
        }
        return loss;
    }

    /**
     * One neuron's term of the non-negativity loss, from its squared length {@code s} and the sum of
     * its negative parts {@code neg}; adds lambda times its gradient.
     */
    private double neuronPositivity(int r, double s, double neg, double lambda) {
        double perPoint = 1.0 / ((double) n * pts);
        double c = (ms + 1) / Math.sqrt(s);
        if (lambda != 0) {
            // dL/dg = c (dg^ - u (u.dg^)) / |g| with dg^ = -1[g<0]/(NP), u = g/|g|
            LossTerms.addNegativePartGradient(rates, r, pts, lambda * c * perPoint, neg / s, gradRates);
        }
        return c * neg * perPoint;
    }

    /** Bounded-activity loss over the shifted rooms; adds lambda dL/dG. */
    private double normLoss(double lambda) {
        boolean ratio = params.normMode() == NormLossMode.RATIO;
        for (int i = 0; i < n; i++) {
            int r = i * pts;
            double n0 = 1;
            if (ratio) {
                n0 = 0;
                for (int p = 0; p < m; p++) {
                    n0 += rates[r + p] * rates[r + p];
                }
            }
            roomNorm[i] = n0;
            for (int s = 0; s < ms; s++) {
                int base = r + m + s * m;
                double acc = 0;
                for (int p = 0; p < m; p++) {
                    acc += rates[base + p] * rates[base + p];
                }
                q[i * ms + s] = acc / n0;
            }
        }
        double f2 = 0;
        for (int i = 0; i < n * ms; i++) {
            double e = q[i] - 1;
            f2 += e * e;
        }
        double frob = Math.sqrt(f2);
        double denom = (double) n * ms;
        double loss = frob / denom;
        if (lambda != 0 && frob > 0) {
            double c = lambda / (frob * denom);
            for (int i = 0; i < n; i++) {
                int r = i * pts;
                double n0 = roomNorm[i];
                double central = 0;
                for (int s = 0; s < ms; s++) {
                    double dq = c * (q[i * ms + s] - 1);
                    central += dq * q[i * ms + s];
                    int base = r + m + s * m;
                    double f = 2 * dq / n0;
                    for (int p = 0; p < m; p++) {
                        gradRates[base + p] += f * rates[base + p];
                    }
                }
                if (ratio) {
                    double f = -2 * central / n0;
                    for (int p = 0; p < m; p++) {
                        gradRates[r + p] += f * rates[r + p];
                    }
                }
            }
        }
        return loss;
    }
}
