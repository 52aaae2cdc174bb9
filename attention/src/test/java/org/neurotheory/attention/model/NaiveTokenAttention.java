package org.neurotheory.attention.model;

import java.util.Arrays;
import org.neurotheory.core.data.InContextRegression;

/**
 * Test reference: the official code's forward passes written naively over tokens (score of the
 * query with every token, times that token's value), for comparison with the end-to-end route.
 */
final class NaiveTokenAttention {
    private NaiveTokenAttention() {
    }

    static double[] token(InContextRegression.Prompts p, int mu, int n) {
        double[] x = p.token(mu, n);
        double[] t = Arrays.copyOf(x, x.length + 1);
        int last = p.positions() - 1;
        t[x.length] = n == last ? 0 : p.label(mu, n);
        return t;
    }

    static double dot(double[] a, double[] b, int off) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[off + i];
        }
        return s;
    }

    /** ATTN_M bottom-right entry: sum_h sum_m (x~_q^T A_h x~_m)(a_h . x~_m). */
    static double merged(MergedAttention model, double[] theta, InContextRegression.Prompts p, int mu) {
        int t = p.positions();
        int e = model.dimension() + 1;
        double[] q = token(p, mu, t - 1);
        double y = 0;
        for (int h = 0; h < model.heads(); h++) {
            for (int m = 0; m < t; m++) {
                double[] xm = token(p, mu, m);
                double score = 0;
                for (int i = 0; i < e; i++) {
                    for (int j = 0; j < e; j++) {
                        score += q[i] * theta[model.kqIndex(h, i, j)] * xm[j];
                    }
                }
                y += score * dot(xm, theta, model.valueIndex(h, 0));
            }
        }
        return y;
    }

    /** ATTN_S bottom-right entry: sum_h sum_m sum_r (q~ . x~_q)(k~ . x~_m)(a_h . x~_m). */
    static double separate(SeparateAttention model, double[] theta, InContextRegression.Prompts p, int mu) {
        int t = p.positions();
        double[] q = token(p, mu, t - 1);
        double y = 0;
        for (int h = 0; h < model.heads(); h++) {
            for (int m = 0; m < t; m++) {
                double[] xm = token(p, mu, m);
                for (int r = 0; r < model.rank(); r++) {
                    y += dot(q, theta, model.queryIndex(h, r)) * dot(xm, theta, model.keyIndex(h, r))
                            * dot(xm, theta, model.valueIndex(h));
                }
            }
        }
        return y;
    }

    /** MLP on the code's cubic feature z[j D + i] = (sum_n y_n x_{n,j}) x_{q,i}. */
    static double mlp(CubicFeatureMlp model, double[] theta, InContextRegression.Prompts p, int mu) {
        int d = model.dimension();
        int t = p.positions();
        double[] nb = new double[d];
        for (int n = 0; n < t - 1; n++) {
            for (int j = 0; j < d; j++) {
                nb[j] += p.label(mu, n) * p.token(mu, n, j);
            }
        }
        double[] xq = p.token(mu, t - 1);
        double y = 0;
        for (int h = 0; h < model.heads(); h++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                for (int i = 0; i < d; i++) {
                    s += theta[model.firstLayerIndex(h, j * d + i)] * nb[j] * xq[i];
                }
            }
            y += theta[model.secondLayerIndex(h)] * s;
        }
        return y;
    }

    interface Forward {
        double predict(int mu);
    }

    static double mse(InContextRegression.Prompts p, Forward f) {
        int last = p.positions() - 1;
        double s = 0;
        for (int mu = 0; mu < p.size(); mu++) {
            double r = p.label(mu, last) - f.predict(mu);
            s += r * r;
        }
        return s / p.size();
    }
}
