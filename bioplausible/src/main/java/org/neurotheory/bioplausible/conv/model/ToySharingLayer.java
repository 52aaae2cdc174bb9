package org.neurotheory.bioplausible.conv.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * The single layer of the paper's weight-sharing toy (Pogodin et al. 2021, Fig. 4): N neurons with
 * K = k^2 weights each that all receive the same input {@code x}, trained by the Hebbian rule
 * {@code m_i <- mu m_i + eta [-post_i x - gamma (w_i - w_i^init)]}, {@code w_i <- w_i + m_i}
 * (heavy-ball momentum {@code mu}). With {@code post_i = z_i - zbar} this is stochastic gradient
 * descent on the sharing objective; with {@code post_i = r_i - b} it is the circuit's rule.
 * Weights start at {@code 1 + N(0, 1)}, so the initial inverse SNR is about 1. Plain arrays, no
 * allocation per step.
 */
public final class ToySharingLayer {
    private final int neurons;
    private final int inputs;
    private final double[] w;
    private final double[] init;
    private final double[] velocity;

    /** A layer of {@code neurons} x {@code inputs} weights drawn as {@code 1 + N(0, 1)} from {@code rng}. */
    public ToySharingLayer(int neurons, int inputs, SplittableRandom rng) {
        Require.that(neurons >= 2, "neurons", neurons, "must be >= 2 (a group needs two members)");
        Require.positive("inputs", inputs);
        Require.nonNull("rng", rng);
        this.neurons = neurons;
        this.inputs = inputs;
        this.w = new double[neurons * inputs];
        for (int j = 0; j < w.length; j++) {
            w[j] = 1.0 + rng.nextGaussian();
        }
        this.init = w.clone();
        this.velocity = new double[w.length];
    }

    public int neurons() {
        return neurons;
    }

    public int inputs() {
        return inputs;
    }

    /** A copy of the weights, row-major {@code [neuron][input]}. */
    public double[] weights() {
        return w.clone();
    }

    /** Responses {@code z_i = w_i . x} written into {@code z} and returned. */
    public double[] responses(double[] x, double[] z) {
        for (int i = 0; i < neurons; i++) {
            double s = 0;
            int off = i * inputs;
            for (int q = 0; q < inputs; q++) {
                s += w[off + q] * x[q];
            }
            z[i] = s;
        }
        return z;
    }

    /** One momentum step of the Hebbian rule with post-synaptic factors {@code post}. */
    public void update(double[] post, double[] x, double lr, double gamma, double momentum) {
        for (int i = 0; i < neurons; i++) {
            int off = i * inputs;
            double p = post[i];
            for (int q = 0; q < inputs; q++) {
                int j = off + q;
                double v = momentum * velocity[j] + lr * (-p * x[q] - gamma * (w[j] - init[j]));
                velocity[j] = v;
                w[j] += v;
            }
        }
    }

    /** Inverse SNR: the mean over neurons and inputs of {@code (w_iq - wbar_q)^2 / wbar_q^2}. */
    public double inverseSnr() {
        double[] mean = mean(w);
        double s = 0;
        for (int i = 0; i < neurons; i++) {
            for (int q = 0; q < inputs; q++) {
                double d = w[i * inputs + q] - mean[q];
                s += d * d / (mean[q] * mean[q]);
            }
        }
        return s / w.length;
    }

    /** Cosine between the group-mean weight vector now and at initialisation. */
    public double meanCosine() {
        double[] m = mean(w);
        double[] m0 = mean(init);
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int q = 0; q < inputs; q++) {
            dot += m[q] * m0[q];
            a += m[q] * m[q];
            b += m0[q] * m0[q];
        }
        return dot / Math.sqrt(a * b);
    }

    /** Whether every weight is finite. */
    public boolean isFinite() {
        return Arrays.stream(w).allMatch(Double::isFinite);
    }

    private double[] mean(double[] v) {
        double[] m = new double[inputs];
        for (int i = 0; i < neurons; i++) {
            for (int q = 0; q < inputs; q++) {
                m[q] += v[i * inputs + q];
            }
        }
        for (int q = 0; q < inputs; q++) {
            m[q] /= neurons;
        }
        return m;
    }
}
