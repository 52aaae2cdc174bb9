package org.neurotheory.core.data;

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
     * A fixed set of prompts.
     *
     * @param tokens {@code tokens[mu][n]} is token n of sequence mu (n = N is the query), length D
     * @param tasks  {@code tasks[mu]} is w_mu
     * @param labels {@code labels[mu][n] = w_mu^T x_{mu,n}} (index N is the query's target)
     */
    public record Prompts(double[][][] tokens, double[][] tasks, double[][] labels) {
        /** Number of sequences P. */
        public int size() {
            return tasks.length;
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
        GaussianSampler sampler = GaussianSampler.centred(lambda);
        DMatrixRMaj all = sampler.sample(p * t, rng);
        double[][][] x = new double[p][t][dimension];
        for (int mu = 0; mu < p; mu++) {
            for (int n = 0; n < t; n++) {
                System.arraycopy(all.data, (mu * t + n) * dimension, x[mu][n], 0, dimension);
            }
        }
        if (centre) {
            for (int n = 0; n < t; n++) {
                for (int d = 0; d < dimension; d++) {
                    double m = 0;
                    for (int mu = 0; mu < p; mu++) {
                        m += x[mu][n][d];
                    }
                    m /= p;
                    for (int mu = 0; mu < p; mu++) {
                        x[mu][n][d] -= m;
                    }
                }
            }
        }
        DMatrixRMaj w = new DMatrixRMaj(p, dimension);
        for (int i = 0; i < w.data.length; i++) {
            w.data[i] = rng.nextGaussian();
        }
        if (whitenTasks) {
            Require.that(p > dimension, "p", p, "must be > dimension " + dimension + " to whiten tasks");
            double[] mean = new double[dimension];
            for (int mu = 0; mu < p; mu++) {
                for (int d = 0; d < dimension; d++) {
                    mean[d] += w.get(mu, d) / p;
                }
            }
            for (int mu = 0; mu < p; mu++) {
                for (int d = 0; d < dimension; d++) {
                    w.set(mu, d, w.get(mu, d) - mean[d]);
                }
            }
            w = Matrices.whiten(w);
        }
        double[][] tasks = new double[p][];
        double[][] y = new double[p][t];
        for (int mu = 0; mu < p; mu++) {
            tasks[mu] = new double[dimension];
            System.arraycopy(w.data, mu * dimension, tasks[mu], 0, dimension);
            for (int n = 0; n < t; n++) {
                double s = 0;
                for (int d = 0; d < dimension; d++) {
                    s += tasks[mu][d] * x[mu][n][d];
                }
                y[mu][n] = s;
            }
        }
        return new Prompts(x, tasks, y);
    }
}
