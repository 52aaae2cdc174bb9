package org.neurotheory.attention.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.attention.data.CodeCovariance;
import org.neurotheory.core.data.InContextRegression;
import org.neurotheory.core.random.Seeds;

/**
 * Softmax variant of the official code ({@code --softmax}): uniform attention at zero scores, gradients
 * vs central differences.
 */
class SoftmaxAttentionTest {
    private static InContextRegression.Prompts prompts(int p) {
        SplittableRandom rng = Seeds.stream(4);
        return new InContextRegression(3, 6, CodeCovariance.spectral(3, rng)).sample(p, true, true, rng);
    }

    @Test
    void zeroScoresAverageTheValuesOverAllTokens() {
        var data = prompts(20);
        MergedAttention m = new MergedAttention(3, 2, false);
        double[] theta = new double[m.parameterCount()];
        SplittableRandom rng = Seeds.stream(5);
        for (int h = 0; h < 2; h++) {
            for (int k = 0; k < 4; k++) {
                theta[m.valueIndex(h, k)] = rng.nextGaussian();
            }
        }
        double expected = 0;
        int t = 7;
        for (int mu = 0; mu < 20; mu++) {
            double pred = 0;
            for (int h = 0; h < 2; h++) {
                for (int n = 0; n < t; n++) {
                    double[] tok = NaiveTokenAttention.token(data, mu, n);
                    pred += NaiveTokenAttention.dot(tok, theta, m.valueIndex(h, 0)) / t;
                }
            }
            double r = data.label(mu, t - 1) - pred;
            expected += r * r / 20;
        }
        assertEquals(expected, new SoftmaxAttention(m, data).value(theta), 1e-12);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        var data = prompts(15);
        for (AttentionModel model : new AttentionModel[] {new MergedAttention(3, 2, false), new SeparateAttention(3, 2, 2)}) {
            SoftmaxAttention f = new SoftmaxAttention(model, data);
            SplittableRandom rng = Seeds.stream(6);
            double[] theta = new double[f.parameterCount()];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = 0.4 * rng.nextGaussian();
            }
            double[] g = new double[theta.length];
            f.valueAndGradient(theta, g);
            double scale = 0;
            for (double v : g) {
                scale = Math.max(scale, Math.abs(v));
            }
            double worst = 0;
            for (int i = 0; i < theta.length; i++) {
                double h = 1e-5;
                double[] tp = theta.clone();
                double[] tm = theta.clone();
                tp[i] += h;
                tm[i] -= h;
                worst = Math.max(worst, Math.abs((f.value(tp) - f.value(tm)) / (2 * h) - g[i]) / scale);
            }
            assertTrue(worst < 1e-6, model + ": worst relative gradient error " + worst);
        }
    }
}
