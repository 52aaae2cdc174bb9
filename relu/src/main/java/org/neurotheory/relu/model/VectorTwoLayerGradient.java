package org.neurotheory.relu.model;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The square-loss gradient sum of a two-layer bias-free leaky-ReLU network
 * {@code f(x) = W2 sigma_alpha(W1 x)} (card Sec. 2.1, 2.3), written with the JDK Vector API
 * (incubator module {@code jdk.incubator.vector}): the hidden layer is cut into SIMD lanes and four
 * samples are carried at once, so each weight load feeds four fused multiply-adds.
 *
 * <p>For samples {@code mu} it returns {@code sum_mu |r_mu|^2 / 2} with {@code r = y - f(x)} and
 * adds the negative gradient sums {@code sum_mu delta_mu x_mu^T} (layer 1, with
 * {@code delta = sigma'(W1 x) .* (W2^T r)}) and {@code sum_mu r_mu sigma(W1 x_mu)^T} (layer 2),
 * row-major as in {@link BiasFreeNetwork}. The hidden width is padded to a whole number of lanes
 * and the sample count to a multiple of four with zero weights and zero samples, which
 * contribute nothing. Used by {@link NetworkGradientFlow} only when the module is present
 * ({@link VectorSupport}); the scalar path there is the reference it is tested against.
 *
 * <p>Not thread-safe; allocates nothing per call.
 */
final class VectorTwoLayerGradient implements GradientKernel {
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = 4;
    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final int padded;
    private final int blocks;
    private final double slope;
    private final double[] x;
    private final double[] y;
    private final double[] w1t;
    private final double[] w2;
    private final double[] g1t;
    private final double[] g2;
    private final double[] z;
    private final double[] r;

    /**
     * @param network a depth-2 network
     * @param x       inputs, P x D row-major
     * @param y       targets, P x O row-major
     * @param samples P
     */
    VectorTwoLayerGradient(BiasFreeNetwork network, double[] x, double[] y, int samples) {
        inputs = network.inputs();
        hidden = network.width(1);
        outputs = network.outputs();
        slope = network.slope();
        padded = (hidden + LANES - 1) / LANES * LANES;
        blocks = (samples + BLOCK - 1) / BLOCK;
        this.x = new double[blocks * BLOCK * inputs];
        this.y = new double[blocks * BLOCK * outputs];
        System.arraycopy(x, 0, this.x, 0, samples * inputs);
        System.arraycopy(y, 0, this.y, 0, samples * outputs);
        w1t = new double[inputs * padded];
        w2 = new double[outputs * padded];
        g1t = new double[inputs * padded];
        g2 = new double[outputs * padded];
        z = new double[BLOCK * padded];
        r = new double[BLOCK * outputs];
    }

    @Override
    public double accumulate(double[] params, double[] grad, boolean withGradient) {
        load(params);
        if (withGradient) {
            java.util.Arrays.fill(g1t, 0);
            java.util.Arrays.fill(g2, 0);
        }
        double loss = 0;
        for (int b = 0; b < blocks; b++) {
            int x0 = b * BLOCK * inputs;
            forward(x0);
            loss += residuals(b * BLOCK * outputs);
            if (withGradient) {
                backward(x0);
            }
        }
        if (withGradient) {
            store(grad);
        }
        return 0.5 * loss;
    }

    /** {@code z_b = W1 x_b} for the four samples of a block, two lane groups at a time (8 accumulators). */
    private void forward(int x0) {
        int x1 = x0 + inputs;
        int x2 = x1 + inputs;
        int x3 = x2 + inputs;
        int c = 0;
        for (; c + 2 * LANES <= padded; c += 2 * LANES) {
            DoubleVector a0 = DoubleVector.zero(SPECIES);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            DoubleVector b0 = a0;
            DoubleVector b1 = a0;
            DoubleVector b2 = a0;
            DoubleVector b3 = a0;
            for (int k = 0, row = c; k < inputs; k++, row += padded) {
                DoubleVector u = DoubleVector.fromArray(SPECIES, w1t, row);
                DoubleVector v = DoubleVector.fromArray(SPECIES, w1t, row + LANES);
                DoubleVector s0 = DoubleVector.broadcast(SPECIES, x[x0 + k]);
                DoubleVector s1 = DoubleVector.broadcast(SPECIES, x[x1 + k]);
                DoubleVector s2 = DoubleVector.broadcast(SPECIES, x[x2 + k]);
                DoubleVector s3 = DoubleVector.broadcast(SPECIES, x[x3 + k]);
                a0 = u.fma(s0, a0);
                a1 = u.fma(s1, a1);
                a2 = u.fma(s2, a2);
                a3 = u.fma(s3, a3);
                b0 = v.fma(s0, b0);
                b1 = v.fma(s1, b1);
                b2 = v.fma(s2, b2);
                b3 = v.fma(s3, b3);
            }
            a0.intoArray(z, c);
            a1.intoArray(z, padded + c);
            a2.intoArray(z, 2 * padded + c);
            a3.intoArray(z, 3 * padded + c);
            b0.intoArray(z, c + LANES);
            b1.intoArray(z, padded + c + LANES);
            b2.intoArray(z, 2 * padded + c + LANES);
            b3.intoArray(z, 3 * padded + c + LANES);
        }
        if (c < padded) {
            // an odd number of lane groups: the last one alone
            DoubleVector a0 = DoubleVector.zero(SPECIES);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            for (int k = 0, row = c; k < inputs; k++, row += padded) {
                DoubleVector u = DoubleVector.fromArray(SPECIES, w1t, row);
                a0 = u.fma(DoubleVector.broadcast(SPECIES, x[x0 + k]), a0);
                a1 = u.fma(DoubleVector.broadcast(SPECIES, x[x1 + k]), a1);
                a2 = u.fma(DoubleVector.broadcast(SPECIES, x[x2 + k]), a2);
                a3 = u.fma(DoubleVector.broadcast(SPECIES, x[x3 + k]), a3);
            }
            a0.intoArray(z, c);
            a1.intoArray(z, padded + c);
            a2.intoArray(z, 2 * padded + c);
            a3.intoArray(z, 3 * padded + c);
        }
    }

    /** Output {@code W2 sigma(z_b)}, residuals into {@link #r}; returns the block's squared residual. */
    private double residuals(int y0) {
        double sq = 0;
        for (int o = 0; o < outputs; o++) {
            DoubleVector f0 = DoubleVector.zero(SPECIES);
            DoubleVector f1 = f0;
            DoubleVector f2 = f0;
            DoubleVector f3 = f0;
            int row = o * padded;
            for (int c = 0; c < padded; c += LANES) {
                DoubleVector w = DoubleVector.fromArray(SPECIES, w2, row + c);
                f0 = activation(DoubleVector.fromArray(SPECIES, z, c)).fma(w, f0);
                f1 = activation(DoubleVector.fromArray(SPECIES, z, padded + c)).fma(w, f1);
                f2 = activation(DoubleVector.fromArray(SPECIES, z, 2 * padded + c)).fma(w, f2);
                f3 = activation(DoubleVector.fromArray(SPECIES, z, 3 * padded + c)).fma(w, f3);
            }
            double e0 = y[y0 + o] - f0.reduceLanes(VectorOperators.ADD);
            double e1 = y[y0 + outputs + o] - f1.reduceLanes(VectorOperators.ADD);
            double e2 = y[y0 + 2 * outputs + o] - f2.reduceLanes(VectorOperators.ADD);
            double e3 = y[y0 + 3 * outputs + o] - f3.reduceLanes(VectorOperators.ADD);
            r[o] = e0;
            r[outputs + o] = e1;
            r[2 * outputs + o] = e2;
            r[3 * outputs + o] = e3;
            sq += e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
        }
        return sq;
    }

    /** Adds the block's terms {@code r sigma(z)^T} and {@code delta x^T}, lane group by lane group. */
    private void backward(int x0) {
        int x1 = x0 + inputs;
        int x2 = x1 + inputs;
        int x3 = x2 + inputs;
        for (int c = 0; c < padded; c += LANES) {
            DoubleVector z0 = DoubleVector.fromArray(SPECIES, z, c);
            DoubleVector z1 = DoubleVector.fromArray(SPECIES, z, padded + c);
            DoubleVector z2 = DoubleVector.fromArray(SPECIES, z, 2 * padded + c);
            DoubleVector z3 = DoubleVector.fromArray(SPECIES, z, 3 * padded + c);
            DoubleVector e0 = DoubleVector.zero(SPECIES);
            DoubleVector e1 = e0;
            DoubleVector e2 = e0;
            DoubleVector e3 = e0;
            for (int o = 0, row = c; o < outputs; o++, row += padded) {
                DoubleVector s0 = DoubleVector.broadcast(SPECIES, r[o]);
                DoubleVector s1 = DoubleVector.broadcast(SPECIES, r[outputs + o]);
                DoubleVector s2 = DoubleVector.broadcast(SPECIES, r[2 * outputs + o]);
                DoubleVector s3 = DoubleVector.broadcast(SPECIES, r[3 * outputs + o]);
                DoubleVector g = DoubleVector.fromArray(SPECIES, g2, row);
                g = activation(z0).fma(s0, g);
                g = activation(z1).fma(s1, g);
                g = activation(z2).fma(s2, g);
                g = activation(z3).fma(s3, g);
                g.intoArray(g2, row);
                DoubleVector w = DoubleVector.fromArray(SPECIES, w2, row);
                e0 = w.fma(s0, e0);
                e1 = w.fma(s1, e1);
                e2 = w.fma(s2, e2);
                e3 = w.fma(s3, e3);
            }
            DoubleVector d0 = derivativeTimes(z0, e0);
            DoubleVector d1 = derivativeTimes(z1, e1);
            DoubleVector d2 = derivativeTimes(z2, e2);
            DoubleVector d3 = derivativeTimes(z3, e3);
            for (int k = 0, row = c; k < inputs; k++, row += padded) {
                DoubleVector g = DoubleVector.fromArray(SPECIES, g1t, row);
                g = d0.fma(DoubleVector.broadcast(SPECIES, x[x0 + k]), g);
                g = d1.fma(DoubleVector.broadcast(SPECIES, x[x1 + k]), g);
                g = d2.fma(DoubleVector.broadcast(SPECIES, x[x2 + k]), g);
                g = d3.fma(DoubleVector.broadcast(SPECIES, x[x3 + k]), g);
                g.intoArray(g1t, row);
            }
        }
    }

    /** {@code sigma_alpha(v) = max(v, alpha v)} for {@code alpha <= 1}. */
    private DoubleVector activation(DoubleVector v) {
        return v.max(v.mul(slope));
    }

    /** {@code sigma_alpha'(z) e}: {@code e} where {@code z > 0}, {@code alpha e} elsewhere. */
    private DoubleVector derivativeTimes(DoubleVector zz, DoubleVector e) {
        return e.blend(e.mul(slope), zz.compare(VectorOperators.LE, 0));
    }

    /** Parameters (row-major W1, W2) into the padded transposed W1 and padded W2. */
    private void load(double[] params) {
        int off2 = hidden * inputs;
        for (int j = 0; j < hidden; j++) {
            for (int k = 0; k < inputs; k++) {
                w1t[k * padded + j] = params[j * inputs + k];
            }
        }
        for (int o = 0; o < outputs; o++) {
            System.arraycopy(params, off2 + o * hidden, w2, o * padded, hidden);
        }
    }

    /** Padded sums back into row-major gradient order. */
    private void store(double[] grad) {
        int off2 = hidden * inputs;
        for (int j = 0; j < hidden; j++) {
            for (int k = 0; k < inputs; k++) {
                grad[j * inputs + k] = g1t[k * padded + j];
            }
        }
        for (int o = 0; o < outputs; o++) {
            System.arraycopy(g2, o * padded, grad, off2 + o * hidden, hidden);
        }
    }
}
