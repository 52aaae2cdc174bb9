package org.neurotheory.attention.model;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.InContextRegression;

/**
 * The softmax variant of the official code ({@code --softmax}): per head the query's
 * scores {@code s_m = x~_q^T A_h x~_m} over all T tokens (query included, no temperature, no 1/N) pass
 * through a softmax, and {@code yhat = sum_h sum_m softmax(s)_m (a_h . x~_m)}. For ATTN_M
 * {@code A_h} is the merged matrix ({@link MergedAttention} layout); for ATTN_S it is
 * {@code sum_r q~_{h,r} k~_{h,r}^T} ({@link SeparateAttention} layout). The prediction is not linear in an
 * end-to-end tensor, so this objective is evaluated token by token: {@code O(P H T (D+1))} per step
 * after the {@code O(P H (D+1)^2)} score vectors. Loss: mean squared query error over the fixed set.
 * Not thread-safe (internal buffers); allocates nothing per call.
 */
public final class SoftmaxAttention implements Objective {
    private final AttentionModel layout;
    private final int e;
    private final int t;
    private final int heads;
    private final int rank;
    private final double[] x;
    private final double[] y;
    private final double[] a;
    private final double[] dA;
    private final double[] da;
    private final double[] p;
    private final double[] o;
    private final double[] yh;
    private final double[] w;
    private final double[] u;

    /**
     * @param layout a {@link MergedAttention} or {@link SeparateAttention} giving the parameter layout
     * @param prompts the fixed training set
     */
    public SoftmaxAttention(AttentionModel layout, InContextRegression.Prompts prompts) {
        Require.nonNull("layout", layout);
        Require.nonNull("prompts", prompts);
        Require.that(layout instanceof MergedAttention || layout instanceof SeparateAttention, "layout",
                layout, "must be MergedAttention or SeparateAttention");
        this.layout = layout;
        int d = layout.space().dimension();
        Require.that(prompts.dimension() == d, "prompt dimension", prompts.dimension(),
                "must equal the model's " + d);
        this.e = d + 1;
        this.t = prompts.positions();
        this.heads = layout instanceof MergedAttention m ? m.heads() : ((SeparateAttention) layout).heads();
        this.rank = layout instanceof SeparateAttention s ? s.rank() : 0;
        int n = prompts.size();
        x = new double[n * t * e];
        y = new double[n];
        for (int mu = 0; mu < n; mu++) {
            for (int m = 0; m < t; m++) {
                int off = (mu * t + m) * e;
                System.arraycopy(prompts.tokens(), prompts.tokenOffset(mu, m), x, off, d);
                x[off + d] = m == t - 1 ? 0 : prompts.label(mu, m);
            }
            y[mu] = prompts.label(mu, t - 1);
        }
        a = new double[heads * e * e];
        dA = new double[a.length];
        da = new double[heads * e];
        p = new double[heads * t];
        o = new double[heads * t];
        yh = new double[heads];
        w = new double[e];
        u = new double[e];
    }

    @Override
    public int parameterCount() {
        return layout.parameterCount();
    }

    private int valueOffset(int h) {
        return layout instanceof MergedAttention m ? m.valueIndex(h, 0) : ((SeparateAttention) layout).valueIndex(h);
    }

    private void scoreMatrices(double[] theta) {
        Arrays.fill(a, 0.0);
        for (int h = 0; h < heads; h++) {
            int off = h * e * e;
            if (layout instanceof MergedAttention m) {
                for (int i = 0; i < e; i++) {
                    for (int j = 0; j < e; j++) {
                        a[off + i * e + j] = theta[m.kqIndex(h, i, j)];
                    }
                }
            } else {
                SeparateAttention s = (SeparateAttention) layout;
                for (int r = 0; r < rank; r++) {
                    for (int i = 0; i < e; i++) {
                        for (int j = 0; j < e; j++) {
                            a[off + i * e + j] += theta[s.queryIndex(h, r) + i] * theta[s.keyIndex(h, r) + j];
                        }
                    }
                }
            }
        }
    }

    @Override
    public double value(double[] theta) {
        return evaluate(theta, null);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        return evaluate(theta, gradient);
    }

    private double evaluate(double[] theta, double[] gradient) {
        scoreMatrices(theta);
        Arrays.fill(dA, 0.0);
        Arrays.fill(da, 0.0);
        int n = y.length;
        double loss = 0;
        for (int mu = 0; mu < n; mu++) {
            int q = (mu * t + t - 1) * e;
            double pred = 0;
            for (int h = 0; h < heads; h++) {
                int ao = h * e * e;
                for (int j = 0; j < e; j++) {
                    double s = 0;
                    for (int i = 0; i < e; i++) {
                        s += x[q + i] * a[ao + i * e + j];
                    }
                    w[j] = s;
                }
                int vo = valueOffset(h);
                double max = Double.NEGATIVE_INFINITY;
                for (int m = 0; m < t; m++) {
                    int xo = (mu * t + m) * e;
                    double s = 0;
                    double v = 0;
                    for (int j = 0; j < e; j++) {
                        s += w[j] * x[xo + j];
                        v += theta[vo + j] * x[xo + j];
                    }
                    p[h * t + m] = s;
                    o[h * t + m] = v;
                    max = Math.max(max, s);
                }
                double z = 0;
                for (int m = 0; m < t; m++) {
                    double ex = Math.exp(p[h * t + m] - max);
                    p[h * t + m] = ex;
                    z += ex;
                }
                double out = 0;
                for (int m = 0; m < t; m++) {
                    p[h * t + m] /= z;
                    out += p[h * t + m] * o[h * t + m];
                }
                yh[h] = out;
                pred += out;
            }
            double r = y[mu] - pred;
            loss += r * r / n;
            if (gradient == null) {
                continue;
            }
            double c = -2 * r / n;
            for (int h = 0; h < heads; h++) {
                Arrays.fill(u, 0.0);
                for (int m = 0; m < t; m++) {
                    int xo = (mu * t + m) * e;
                    double pm = p[h * t + m];
                    double ds = c * pm * (o[h * t + m] - yh[h]);
                    for (int j = 0; j < e; j++) {
                        u[j] += ds * x[xo + j];
                        da[h * e + j] += c * pm * x[xo + j];
                    }
                }
                int ao = h * e * e;
                for (int i = 0; i < e; i++) {
                    double qi = x[q + i];
                    for (int j = 0; j < e; j++) {
                        dA[ao + i * e + j] += qi * u[j];
                    }
                }
            }
        }
        if (gradient != null) {
            scatter(theta, gradient);
        }
        return loss;
    }

    private void scatter(double[] theta, double[] gradient) {
        Arrays.fill(gradient, 0, parameterCount(), 0.0);
        for (int h = 0; h < heads; h++) {
            int ao = h * e * e;
            int vo = valueOffset(h);
            for (int k = 0; k < e; k++) {
                gradient[vo + k] = da[h * e + k];
            }
            if (layout instanceof MergedAttention m) {
                for (int i = 0; i < e; i++) {
                    for (int j = 0; j < e; j++) {
                        gradient[m.kqIndex(h, i, j)] = dA[ao + i * e + j];
                    }
                }
            } else {
                SeparateAttention s = (SeparateAttention) layout;
                for (int r = 0; r < rank; r++) {
                    int qo = s.queryIndex(h, r);
                    int ko = s.keyIndex(h, r);
                    for (int i = 0; i < e; i++) {
                        for (int j = 0; j < e; j++) {
                            double g = dA[ao + i * e + j];
                            gradient[qo + i] += g * theta[ko + j];
                            gradient[ko + j] += g * theta[qo + i];
                        }
                    }
                }
            }
        }
    }
}
