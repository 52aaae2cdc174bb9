package org.neurotheory.attention.theory;

import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.linalg.Matrices;

/**
 * The fixed points of ATTN_S (paper Sec. 4.2): for the leading m eigenvectors,
 * the end-to-end matrix (C1, Eq. 18) {@code sum_{d <= m} lambda_d^{-1} A_d^{-1} e_d e_d^T} with
 * {@code A_d = 1 + (1 + tr Lambda / lambda_d) / N}, the in-context principal component regression
 * predictor of Eq. (22), and its loss Eq. (19)
 * <pre>L(M_m) = tr Lambda - sum_{d=1}^{m} lambda_d / A_d .</pre>
 * From small initialisation the model visits {@code M_0, M_1, ..., M_D} in this order (eigenvectors
 * learned in descending eigenvalue order); {@code M_D} is ATTN_M's global minimum (Eq. 11).
 *
 */
public final class SaddlePoints {
    private final DMatrixRMaj lambda;
    private final int contextLength;
    private final Matrices.Spectrum spectrum;
    private final double[] losses;

    public SaddlePoints(DMatrixRMaj lambda, int contextLength) {
        Require.nonNull("lambda", lambda);
        Require.that(lambda.numRows == lambda.numCols, "lambda shape", lambda.numRows + "x" + lambda.numCols,
                "must be square");
        this.contextLength = Require.positive("contextLength", contextLength);
        this.lambda = lambda.copy();
        this.spectrum = Matrices.spectrum(lambda);
        for (double l : spectrum.values()) {
            Require.that(l > 0, "lambda eigenvalue", l, "must be > 0");
        }
        this.losses = new double[lambda.numRows + 1];
        double s = trace();
        losses[0] = s;
        for (int d = 1; d <= lambda.numRows; d++) {
            s -= spectrum.values()[d - 1] / shrinkage(d);
            losses[d] = s;
        }
    }

    /** Lambda (a copy). */
    public DMatrixRMaj lambda() {
        return lambda.copy();
    }

    /** N. */
    public int contextLength() {
        return contextLength;
    }

    private Matrices.Spectrum spectrum() {
        return spectrum;
    }

    /** Eigenvalues of Lambda, descending. */
    public double[] eigenvalues() {
        return spectrum.values().clone();
    }

    /** Eigenvector {@code e_d} (d = 1..D, descending eigenvalue). */
    public double[] eigenvector(int d) {
        int n = lambda.numRows;
        Require.inRange("d", d, 1, n);
        DMatrixRMaj v = spectrum().vectors();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = v.get(i, d - 1);
        }
        return out;
    }

    private double trace() {
        double t = 0;
        for (double l : spectrum.values()) {
            t += l;
        }
        return t;
    }

    /** {@code A_d = 1 + (1 + tr Lambda / lambda_d) / N}. */
    public double shrinkage(int d) {
        double l = spectrum.values()[d - 1];
        return 1 + (1 + trace() / l) / contextLength;
    }

    /** Eq. (19): the loss at the saddle {@code M_m}, m = 0..D. */
    public double loss(int m) {
        Require.inRange("m", m, 0, losses.length - 1);
        return losses[m];
    }

    /** All saddle losses {@code L(M_0..M_D)}. */
    public double[] losses() {
        return losses.clone();
    }

    /**
     * Steps a loss curve spends near each saddle level: entry m counts the steps with
     * {@code |L - L(M_m)|} below 10% of the smaller gap from {@code L(M_m)} to its neighbouring
     * saddle losses ({@link Curves#dwell}); the plateau lengths of Figs. 4 and 12.
     */
    public int[] dwellSteps(double[] loss) {
        Require.nonNull("loss", loss);
        int[] out = new int[losses.length];
        for (int m = 0; m < losses.length; m++) {
            double gap = Double.POSITIVE_INFINITY;
            if (m > 0) {
                gap = Math.min(gap, losses[m - 1] - losses[m]);
            }
            if (m + 1 < losses.length) {
                gap = Math.min(gap, losses[m] - losses[m + 1]);
            }
            out[m] = Curves.dwell(loss, losses[m], 0.1 * gap);
        }
        return out;
    }

    /**
     * The steps at which a loss curve drops past each saddle: entry m is the first step below the
     * midpoint of {@code L(M_m)} and {@code L(M_{m+1})} (m = 0..D-1), -1 where it never does
     * ({@link Curves#dropSteps}).
     */
    public int[] dropSteps(double[] loss) {
        Require.nonNull("loss", loss);
        double[] mid = new double[losses.length - 1];
        for (int m = 0; m < mid.length; m++) {
            mid[m] = 0.5 * (losses[m] + losses[m + 1]);
        }
        return Curves.dropSteps(loss, mid);
    }

    /** Eq. (18) (C1) / (22): the end-to-end matrix of {@code M_m} in paper units ({@code yhat = beta^T G x_q}). */
    public DMatrixRMaj endToEnd(int m) {
        int n = lambda.numRows;
        Require.inRange("m", m, 0, n);
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        double[] l = eigenvalues();
        for (int d = 1; d <= m; d++) {
            double[] e = eigenvector(d);
            double c = 1 / (l[d - 1] * shrinkage(d));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g.add(i, j, c * e[i] * e[j]);
                }
            }
        }
        return g;
    }

    /** Eq. (20a): a learned head's value weight {@code (lambda_d A_d)^{-1/3}} in paper units. */
    public double valueWeight(int d) {
        return Math.cbrt(1 / (eigenvalues()[d - 1] * shrinkage(d)));
    }

    /** The same in the official code's units (output without 1/N): {@code (N lambda_d A_d)^{-1/3}}. */
    public double codeValueWeight(int d) {
        return Math.cbrt(1 / (contextLength * eigenvalues()[d - 1] * shrinkage(d)));
    }

    /**
     * Number of principal components learned at a given loss: the largest m with
     * {@code loss < (L(M_{m-1}) + L(M_m)) / 2} (0 when still on the first plateau).
     */
    public int learnedComponents(double loss) {
        double[] l = losses;
        int m = 0;
        for (int k = 1; k < l.length; k++) {
            if (loss < 0.5 * (l[k - 1] + l[k])) {
                m = k;
            }
        }
        return m;
    }
}
