package org.neurotheory.attention.data;

import java.util.Arrays;
import org.neurotheory.attention.model.EndToEndLoss;
import org.neurotheory.attention.model.FeatureSpace;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.InContextRegression;

/**
 * Sufficient statistics of a fixed training set: the exact full-batch mean squared query error of
 * every model, as a quadratic form in the end-to-end tensor ({@link EndToEndLoss}). Built once per
 * data set from the per-prompt token second moments {@code C = sum_m x~_m x~_m^T},
 * in {@code O(P m^2)}; afterwards a training step costs {@code O(m^2)}, independent of P.
 */
public final class TokenMoments {
    private TokenMoments() {
    }

    /** Full-token features {@code phi = x_q (x) C} (folded, {@link FeatureSpace#full}) of every prompt. */
    public static EndToEndLoss full(InContextRegression.Prompts prompts) {
        Require.nonNull("prompts", prompts);
        int d = prompts.dimension();
        int t = prompts.positions();
        double[] tokens = prompts.tokens();
        Accumulator acc = new Accumulator(FeatureSpace.full(d));
        double[] c = new double[(d + 1) * (d + 1)];
        double[] phi = new double[acc.m];
        double w = 1.0 / prompts.size();
        for (int mu = 0; mu < prompts.size(); mu++) {
            Arrays.fill(c, 0.0);
            for (int n = 0; n < t; n++) {
                addToken(tokens, prompts.tokenOffset(mu, n), n == t - 1 ? 0 : prompts.label(mu, n), c, d);
            }
            fullFeature(tokens, prompts.tokenOffset(mu, t - 1), c, d, 1.0, phi);
            acc.add(phi, prompts.label(mu, t - 1), w);
        }
        return acc.build();
    }

    /**
     * The official code's {@code --vary_len} loss: the mean over prefix lengths {@code n = 2..T} of the
     * MSE of predicting token n's label from its first n tokens (its own label zeroed), the attention
     * output divided by n.
     */
    public static EndToEndLoss fullVaryingLength(InContextRegression.Prompts prompts) {
        Require.nonNull("prompts", prompts);
        int d = prompts.dimension();
        int t = prompts.positions();
        double[] tokens = prompts.tokens();
        Require.that(t >= 2, "sequence length", t, "must be >= 2");
        Accumulator acc = new Accumulator(FeatureSpace.full(d));
        double[] c = new double[(d + 1) * (d + 1)];
        double[] cq = new double[c.length];
        double[] phi = new double[acc.m];
        double w = 1.0 / ((double) prompts.size() * (t - 1));
        for (int mu = 0; mu < prompts.size(); mu++) {
            Arrays.fill(c, 0.0);
            addToken(tokens, prompts.tokenOffset(mu, 0), prompts.label(mu, 0), c, d);
            for (int n = 2; n <= t; n++) {
                int q = prompts.tokenOffset(mu, n - 1);
                System.arraycopy(c, 0, cq, 0, c.length);
                addToken(tokens, q, 0, cq, d);
                fullFeature(tokens, q, cq, d, 1.0 / n, phi);
                acc.add(phi, prompts.label(mu, n - 1), w);
                addToken(tokens, q, prompts.label(mu, n - 1), c, d);
            }
        }
        return acc.build();
    }

    /** Cubic features {@code z[j D + i] = (sum_{n<N} y_n x_{n,j}) x_{q,i}} (the code's {@code --cubic_feat}). */
    public static EndToEndLoss cubic(InContextRegression.Prompts prompts) {
        Require.nonNull("prompts", prompts);
        int d = prompts.dimension();
        int t = prompts.positions();
        double[] tokens = prompts.tokens();
        Accumulator acc = new Accumulator(FeatureSpace.cubic(d));
        double[] nb = new double[d];
        double[] z = new double[acc.m];
        double w = 1.0 / prompts.size();
        for (int mu = 0; mu < prompts.size(); mu++) {
            Arrays.fill(nb, 0.0);
            for (int n = 0; n < t - 1; n++) {
                double y = prompts.label(mu, n);
                int x = prompts.tokenOffset(mu, n);
                for (int j = 0; j < d; j++) {
                    nb[j] += y * tokens[x + j];
                }
            }
            int q = prompts.tokenOffset(mu, t - 1);
            for (int j = 0; j < d; j++) {
                for (int i = 0; i < d; i++) {
                    z[j * d + i] = nb[j] * tokens[q + i];
                }
            }
            acc.add(z, prompts.label(mu, t - 1), w);
        }
        return acc.build();
    }

    /** {@code c += x~ x~^T} with {@code x~ = (x, y)}, x the D entries of {@code tokens} from {@code off}. */
    private static void addToken(double[] tokens, int off, double y, double[] c, int d) {
        int e = d + 1;
        for (int a = 0; a < e; a++) {
            double xa = a < d ? tokens[off + a] : y;
            for (int b = 0; b < e; b++) {
                c[a * e + b] += xa * (b < d ? tokens[off + b] : y);
            }
        }
    }

    /** Folded {@code phi[i, (j<=k)] = scale x_{q,i} C[j][k]}, x_q the D entries of {@code tokens} from {@code q}. */
    private static void fullFeature(double[] tokens, int q, double[] c, int d, double scale, double[] phi) {
        int e = d + 1;
        int f = 0;
        for (int i = 0; i < d; i++) {
            double s = scale * tokens[q + i];
            for (int j = 0; j < e; j++) {
                for (int k = j; k < e; k++) {
                    phi[f++] = s * c[j * e + k];
                }
            }
        }
    }

    /** Weighted sums of {@code phi phi^T}, {@code y phi} and {@code y^2}. */
    private static final class Accumulator {
        final FeatureSpace space;
        final int m;
        final double[] mm;
        final double[] b;
        double c;

        Accumulator(FeatureSpace space) {
            this.space = space;
            this.m = space.foldedSize();
            this.mm = new double[m * m];
            this.b = new double[m];
        }

        void add(double[] phi, double y, double w) {
            for (int r = 0; r < m; r++) {
                double pr = w * phi[r];
                if (pr == 0) {
                    continue;
                }
                int off = r * m;
                for (int k = r; k < m; k++) {
                    mm[off + k] += pr * phi[k];
                }
                b[r] += pr * y;
            }
            c += w * y * y;
        }

        EndToEndLoss build() {
            for (int r = 0; r < m; r++) {
                for (int k = 0; k < r; k++) {
                    mm[r * m + k] = mm[k * m + r];
                }
            }
            return new EndToEndLoss(space, mm, b, c);
        }
    }
}
