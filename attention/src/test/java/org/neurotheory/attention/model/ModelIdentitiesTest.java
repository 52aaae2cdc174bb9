package org.neurotheory.attention.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.attention.data.TokenMoments;
import org.neurotheory.attention.theory.PopulationMoments;
import org.neurotheory.core.data.InContextRegression;
import org.neurotheory.core.ode.GradientDescent;
import org.neurotheory.core.random.Seeds;

/**
 * Forward identities (the official code's token sums against the paper's reduced forms of ATTN_M and
 * ATTN_S, the MLP on cubic features of Fig. 1a and the convolutional view of Fig. 2; code output = N x
 * paper output), analytic gradients of every model against central differences, and ATTN_M = MLP
 * step by step when ATTN_M's zero blocks are frozen (Fig. 1b).
 */
class ModelIdentitiesTest {
    private static final int D = 4;
    private static final int N = 7;

    private static InContextRegression.Prompts prompts(int p, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        InContextRegression reg = new InContextRegression(D, N, CodeCovariance.spectral(D, rng));
        return reg.sample(p, true, true, rng);
    }

    private static double[] randomTheta(int n, double scale, long seed) {
        SplittableRandom rng = Seeds.stream(seed);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = scale * rng.nextGaussian();
        }
        return t;
    }

    @Test
    void endToEndLossEqualsNaiveTokenSumForEveryModel() {
        InContextRegression.Prompts p = prompts(40, 1);
        EndToEndLoss full = TokenMoments.full(p);
        EndToEndLoss cubic = TokenMoments.cubic(p);
        // dense random weights: zero blocks non-zero, so every token interaction is exercised
        MergedAttention m = new MergedAttention(D, 3, false);
        double[] tm = randomTheta(m.parameterCount(), 0.3, 2);
        double naiveM = NaiveTokenAttention.mse(p, mu -> NaiveTokenAttention.merged(m, tm, p, mu));
        assertEquals(naiveM, new EndToEndObjective(m, full).value(tm), 1e-12 * naiveM);

        SeparateAttention s = new SeparateAttention(D, 3, 2);
        double[] ts = randomTheta(s.parameterCount(), 0.4, 3);
        double naiveS = NaiveTokenAttention.mse(p, mu -> NaiveTokenAttention.separate(s, ts, p, mu));
        assertEquals(naiveS, new EndToEndObjective(s, full).value(ts), 1e-12 * naiveS);

        CubicFeatureMlp mlp = new CubicFeatureMlp(D, 3);
        double[] tl = randomTheta(mlp.parameterCount(), 0.3, 4);
        double naiveL = NaiveTokenAttention.mse(p, mu -> NaiveTokenAttention.mlp(mlp, tl, p, mu));
        assertEquals(naiveL, new EndToEndObjective(mlp, cubic).value(tl), 1e-12 * naiveL);
    }

    @Test
    void mergedWithZeroBlocksEqualsMlpAndPaperReducedForm() {
        InContextRegression.Prompts p = prompts(25, 5);
        MergedAttention m = new MergedAttention(D, 4, true);
        double[] theta = m.initialise(0.5, Seeds.stream(6));
        double[] mlpTheta = m.toCubicMlp(theta);
        CubicFeatureMlp mlp = new CubicFeatureMlp(D, 4);
        for (int mu = 0; mu < p.size(); mu++) {
            double code = NaiveTokenAttention.merged(m, theta, p, mu);
            assertEquals(code, NaiveTokenAttention.mlp(mlp, mlpTheta, p, mu), 1e-12 * (1 + Math.abs(code)));
            // paper form with 1/N: yhat = sum_h v_h beta^T U_h x_q, U_h = A_h[:D,:D]^T; code output = N x paper output
            double[] beta = new double[D];
            for (int n = 0; n < N; n++) {
                for (int j = 0; j < D; j++) {
                    beta[j] += p.label(mu, n) * p.token(mu, n, j) / N;
                }
            }
            double[] xq = p.token(mu, N);
            double paper = 0;
            for (int h = 0; h < 4; h++) {
                double s = 0;
                for (int i = 0; i < D; i++) {
                    for (int j = 0; j < D; j++) {
                        s += beta[j] * theta[m.kqIndex(h, i, j)] * xq[i];
                    }
                }
                paper += theta[m.valueIndex(h, D)] * s;
            }
            assertEquals(code, N * paper, 1e-12 * (1 + Math.abs(code)));
        }
    }

    @Test
    void separateAttentionIsASumOfConvolutionalNetworks() {
        // Fig. 2: yhat = sum_i v_i q_i^T (I_D kron k_i^T) z, z = vec(beta x_q^T) column-stacked, z[j D + i] = beta_i x_{q,j}
        SplittableRandom rng = Seeds.stream(7);
        ReducedSeparateAttention s = new ReducedSeparateAttention(3, 4, 1);
        double[] theta = randomTheta(s.parameterCount(), 1, 8);
        double[] beta = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
        double[] xq = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
        double[] z = new double[9];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                z[j * 3 + i] = beta[i] * xq[j];
            }
        }
        double conv = 0;
        for (int h = 0; h < 4; h++) {
            double[] k = s.key(theta, h, 0);
            double[] q = s.query(theta, h, 0);
            for (int a = 0; a < 3; a++) {
                double kz = 0;
                for (int b = 0; b < 3; b++) {
                    kz += k[b] * z[a * 3 + b];
                }
                conv += theta[s.valueIndex(h)] * q[a] * kz;
            }
        }
        double[] g = s.endToEnd(theta, new double[9]);
        double viaG = 0;
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                viaG += g[j * 3 + i] * beta[j] * xq[i]; // N = 1 here: (N beta)_j x_{q,i}
            }
        }
        assertEquals(conv, viaG, 1e-12 * (1 + Math.abs(conv)));
    }

    private static void assertGradient(Objective f, double[] theta, String what) {
        double[] g = new double[theta.length];
        f.valueAndGradient(theta, g);
        double worst = 0;
        double scale = 0;
        for (double x : g) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < theta.length; i++) {
            double h = 1e-5 * Math.max(1, Math.abs(theta[i]));
            double[] tp = theta.clone();
            double[] tm = theta.clone();
            tp[i] += h;
            tm[i] -= h;
            double fd = (f.value(tp) - f.value(tm)) / (2 * h);
            worst = Math.max(worst, Math.abs(fd - g[i]) / scale);
        }
        assertTrue(worst < 1e-6, what + ": worst relative gradient error " + worst);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        InContextRegression.Prompts p = prompts(30, 9);
        EndToEndLoss full = TokenMoments.full(p);
        MergedAttention m = new MergedAttention(D, 2, false);
        assertGradient(new EndToEndObjective(m, full), randomTheta(m.parameterCount(), 0.3, 10), "ATTN_M full");
        SeparateAttention s = new SeparateAttention(D, 2, 3);
        assertGradient(new EndToEndObjective(s, full), randomTheta(s.parameterCount(), 0.4, 11), "ATTN_S full");
        assertGradient(new EndToEndObjective(s, TokenMoments.fullVaryingLength(p)),
                randomTheta(s.parameterCount(), 0.4, 12), "ATTN_S varying length");
        CubicFeatureMlp mlp = new CubicFeatureMlp(D, 3);
        assertGradient(new EndToEndObjective(mlp, TokenMoments.cubic(p)), randomTheta(mlp.parameterCount(), 0.3, 13), "MLP");
        ReducedSeparateAttention r = new ReducedSeparateAttention(D, 3, 2);
        var pop = new PopulationMoments(CodeCovariance.white(D), N).cubicLoss();
        assertGradient(new EndToEndObjective(r, pop), randomTheta(r.parameterCount(), 0.4, 14), "reduced ATTN_S population");
    }

    @Test
    void frozenMergedAttentionAndMlpTrainIdentically() {
        InContextRegression.Prompts p = prompts(300, 15);
        MergedAttention m = new MergedAttention(D, 4, true);
        double[] theta = m.initialise(0.05, Seeds.stream(16));
        GradientDescent gd = new GradientDescent(0.01);
        double[] lm = gd.run(new EndToEndObjective(m, TokenMoments.full(p)), theta, 800).losses();
        CubicFeatureMlp mlp = new CubicFeatureMlp(D, 4);
        double[] ll = gd.run(new EndToEndObjective(mlp, TokenMoments.cubic(p)), m.toCubicMlp(theta), 800).losses();
        assertTrue(lm[799] < 0.7 * lm[0], "the run must actually learn: " + lm[0] + " -> " + lm[799]);
        for (int k = 0; k < 800; k++) {
            assertEquals(ll[k], lm[k], 1e-10, "step " + k);
        }
    }
}
