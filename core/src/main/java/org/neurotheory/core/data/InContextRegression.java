package org.neurotheory.core.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.Matrices;

/**
 * In-context linear-regression prompts: for each sequence mu, tokens {@code x_{mu,1..N}} and a
 * query {@code x_{mu,q}} i.i.d. {@code N(0, Lambda)}, a task {@code w_mu ~ N(0, I_D)} and labels
 * {@code y = w_mu^T x} (noise-free), as in Zhang et al. 2025 (arXiv 2501.16265), Sec. 2.
 *
 * @param dimension    D, input dimension
 * @param contextLength N, number of labelled tokens before the query
 * @param lambda       input covariance, D x D positive semi-definite
 */
public record InContextRegression(int dimension, int contextLength, DMatrixRMaj lambda) {
    public InContextRegression {
        Require.positive("dimension", dimension);
        Require.positive("contextLength", contextLength);
        Require.nonNull("lambda", lambda);
        Require.that(lambda.numRows == dimension && lambda.numCols == dimension, "lambda shape",
                lambda.numRows + "x" + lambda.numCols, "must be " + dimension + "x" + dimension);
        lambda = lambda.copy();
    }

    /** White inputs with trace-one covariance {@code Lambda = I/D}. */
    public static InContextRegression white(int dimension, int contextLength) {
        DMatrixRMaj l = CommonOps_DDRM.identity(dimension);
        CommonOps_DDRM.scale(1.0 / dimension, l);
        return new InContextRegression(dimension, contextLength, l);
    }

    /**
     * A fixed set of P prompts of T = N + 1 positions (N labelled tokens, then the query), stored flat:
     * token n of sequence mu occupies {@code tokens[tokenOffset(mu, n) .. + D)}, its label is
     * {@code labels[mu * T + n]} (index N is the query's target), and task mu occupies
     * {@code tasks[mu * D .. + D)}. Three arrays whatever P, so P = 80000 prompts cost three
     * allocations rather than millions of small ones.
     *
     * @param dimension D
     * @param positions T = N + 1
     * @param tokens    P * T * D token coordinates
     * @param tasks     P * D task coordinates w_mu
     * @param labels    P * T labels {@code w_mu^T x_{mu,n}}
     */
    public record Prompts(int dimension, int positions, double[] tokens, double[] tasks, double[] labels) {
        public Prompts {
            Require.positive("dimension", dimension);
            Require.positive("positions", positions);
            Require.nonNull("labels", labels);
            Require.that(labels.length % positions == 0, "labels.length", labels.length,
                    "must be a multiple of positions = " + positions);
            int p = labels.length / positions;
            Require.that(tokens != null && tokens.length == p * positions * dimension, "tokens.length",
                    tokens == null ? "null" : tokens.length, "must be P * T * D = " + p * positions * dimension);
            Require.that(tasks != null && tasks.length == p * dimension, "tasks.length",
                    tasks == null ? "null" : tasks.length, "must be P * D = " + p * dimension);
        }

        /** Number of sequences P. */
        public int size() {
            return labels.length / positions;
        }

        /** Where token n of sequence mu starts in {@link #tokens()}: {@code (mu T + n) D}. */
        public int tokenOffset(int mu, int n) {
            return (mu * positions + n) * dimension;
        }

        /** Coordinate d of token n of sequence mu. */
        public double token(int mu, int n, int d) {
            return tokens[tokenOffset(mu, n) + d];
        }

        /** A copy of token n of sequence mu (length D). */
        public double[] token(int mu, int n) {
            int off = tokenOffset(mu, n);
            return Arrays.copyOfRange(tokens, off, off + dimension);
        }

        /** Label of token n of sequence mu ({@code n = N}: the query's target). */
        public double label(int mu, int n) {
            return labels[mu * positions + n];
        }

        /** A copy of the task vector w_mu (length D). */
        public double[] task(int mu) {
            return Arrays.copyOfRange(tasks, mu * dimension, (mu + 1) * dimension);
        }
    }

    /**
     * Samples P prompts.
     *
     * @param centre      subtract, for every position and coordinate, the mean over the P sequences
     * @param whitenTasks make the P task vectors exactly zero-mean with identity empirical covariance (needs P > D)
     */
    public Prompts sample(int p, boolean centre, boolean whitenTasks, SplittableRandom rng) {
        Require.positive("p", p);
        int t = contextLength + 1;
        int dim = dimension;
        GaussianSampler sampler = GaussianSampler.centred(lambda);
        // rows (mu * t + n): already the flat token layout of Prompts
        double[] x = sampler.sample(p * t, rng).data;
        if (centre) {
            for (int n = 0; n < t; n++) {
                for (int d = 0; d < dim; d++) {
                    double m = 0;
                    for (int mu = 0; mu < p; mu++) {
                        m += x[(mu * t + n) * dim + d];
                    }
                    m /= p;
                    for (int mu = 0; mu < p; mu++) {
                        x[(mu * t + n) * dim + d] -= m;
                    }
                }
            }
        }
        DMatrixRMaj w = new DMatrixRMaj(p, dim);
        for (int i = 0; i < w.data.length; i++) {
            w.data[i] = rng.nextGaussian();
        }
        if (whitenTasks) {
            Require.that(p > dim, "p", p, "must be > dimension " + dim + " to whiten tasks");
            double[] mean = new double[dim];
            for (int mu = 0; mu < p; mu++) {
                for (int d = 0; d < dim; d++) {
                    mean[d] += w.get(mu, d) / p;
                }
            }
            for (int mu = 0; mu < p; mu++) {
                for (int d = 0; d < dim; d++) {
                    w.set(mu, d, w.get(mu, d) - mean[d]);
                }
            }
            w = Matrices.whiten(w);
        }
        double[] tasks = Arrays.copyOf(w.data, p * dim);
        double[] y = new double[p * t];
        for (int mu = 0; mu < p; mu++) {
            for (int n = 0; n < t; n++) {
                int off = (mu * t + n) * dim;
                double s = 0;
                for (int d = 0; d < dim; d++) {
                    s += tasks[mu * dim + d] * x[off + d];
                }
                y[mu * t + n] = s;
            }
        }
        return new Prompts(dim, t, x, tasks, y);
    }
}
