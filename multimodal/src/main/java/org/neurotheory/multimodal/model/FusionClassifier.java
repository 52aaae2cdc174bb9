package org.neurotheory.multimodal.model;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.Require;
import org.neurotheory.core.linalg.OpenBlasThreads;
import org.neurotheory.core.random.Seeds;

/**
 * The ReLU fusion classifier of the noisy two-view image task (paper Sec. 5, official
 * {@code MNIST/model.py: FCN}): depth L, fusion layer L_f, width H per branch before fusion, biases,
 * ReLU after every layer but the last, softmax cross-entropy over the classes, plain minibatch SGD.
 * Layers 1..L_f-1 are modality specific, the fusion layer acts on {@code [h_A, h_B]} (on the raw
 * {@code [x_A, x_B]} for early fusion, L_f = 1), layers L_f+1..L are shared. Weights and biases
 * start as PyTorch's default {@code nn.Linear}: {@code U(-1/sqrt(fan_in), 1/sqrt(fan_in))}.
 *
 * <p>Engines: the matrix products of a batch run as ND4J float32 gemm (OpenBLAS), the data-sized
 * engine of the architecture notes; the element-wise work (bias, ReLU, softmax, SGD update) runs
 * in plain loops over the same off-heap buffers, because one small ND4J element-wise op costs
 * tens of microseconds of dispatch. Callers pass plain {@code float[]} rows. Buffers are kept per
 * batch size, so a training step allocates no arrays. Not thread-safe.
 */
public final class FusionClassifier {
    private final int inputs;
    private final int hidden;
    private final int classes;
    private final int depth;
    private final int fusion;
    /** branch[m][l-1]: modality m's layer l, l = 1..L_f (the last is its block of the fusion layer). */
    private final Dense[][] branch;
    /** shared[l - L_f - 1]: layer l = L_f+1..L. */
    private final Dense[] shared;
    private final Map<Integer, Buffers> buffers = new HashMap<>();
    private double lastGradientSquared;

    /** One weight matrix (out x in, off-heap) with its optional bias and gradients. */
    private static final class Dense {
        final int out;
        final INDArray w;
        final INDArray gw;
        final FloatBuffer wv;
        final FloatBuffer gwv;
        final float[] b;
        final float[] gb;

        Dense(int out, int in, double bound, boolean bias, SplittableRandom rng) {
            this.out = out;
            float[] v = new float[out * in];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rng.nextDouble(-bound, bound);
            }
            w = Nd4j.create(v, new long[] {out, in}, 'c');
            gw = Nd4j.create(DataType.FLOAT, out, in);
            wv = w.data().asNioFloat();
            gwv = gw.data().asNioFloat();
            b = bias ? new float[out] : null;
            gb = bias ? new float[out] : null;
            if (bias) {
                for (int i = 0; i < out; i++) {
                    b[i] = (float) rng.nextDouble(-bound, bound);
                }
            }
        }
    }

    /** An off-heap rows x cols matrix with its NIO view. */
    private static final class Block {
        final INDArray a;
        final FloatBuffer v;

        Block(int rows, int cols) {
            a = Nd4j.create(DataType.FLOAT, rows, cols);
            v = a.data().asNioFloat();
        }
    }

    /** Activations and back-propagated errors for one batch size. */
    private final class Buffers {
        final int rows;
        final Block[][] h = new Block[2][];
        final Block[][] dh = new Block[2][];
        /** out[k], dout[k]: layer L_f + k. */
        final Block[] out;
        final Block[] dout;

        Buffers(int rows) {
            this.rows = rows;
            for (int m = 0; m < 2; m++) {
                h[m] = new Block[fusion];
                dh[m] = new Block[fusion];
                h[m][0] = new Block(rows, inputs);
                for (int l = 1; l < fusion; l++) {
                    h[m][l] = new Block(rows, hidden);
                    dh[m][l] = new Block(rows, hidden);
                }
            }
            out = new Block[depth - fusion + 1];
            dout = new Block[out.length];
            for (int k = 0; k < out.length; k++) {
                int width = fusion + k == depth ? classes : hidden;
                out[k] = new Block(rows, width);
                dout[k] = new Block(rows, width);
            }
        }
    }

    /**
     * @param inputs  pixels per view, d
     * @param hidden  H
     * @param classes number of classes, >= 2
     * @param depth   L, >= 2
     * @param fusion  L_f in [1, L]
     * @param seed    seed of the initial weights
     */
    public FusionClassifier(int inputs, int hidden, int classes, int depth, int fusion, long seed) {
        this.inputs = Require.positive("inputs", inputs);
        this.hidden = Require.positive("hidden", hidden);
        Require.that(classes >= 2, "classes", classes, "must be >= 2");
        Require.that(depth >= 2, "depth", depth, "must be >= 2");
        this.classes = classes;
        this.depth = depth;
        this.fusion = Require.inRange("fusion", fusion, 1, depth);
        SplittableRandom rng = Seeds.stream(seed);
        branch = new Dense[2][fusion];
        for (int m = 0; m < 2; m++) {
            for (int l = 1; l < fusion; l++) {
                int in = l == 1 ? inputs : hidden;
                branch[m][l - 1] = new Dense(hidden, in, 1 / Math.sqrt(in), true, rng);
            }
        }
        int fusionIn = fusion == 1 ? inputs : hidden;
        int fusionOut = fusion == depth ? classes : hidden;
        // one torch module of fan-in 2 * fusionIn; its bias is held by the A block
        double bound = 1 / Math.sqrt(2.0 * fusionIn);
        branch[0][fusion - 1] = new Dense(fusionOut, fusionIn, bound, true, rng);
        branch[1][fusion - 1] = new Dense(fusionOut, fusionIn, bound, false, rng);
        shared = new Dense[depth - fusion];
        for (int l = fusion + 1; l <= depth; l++) {
            shared[l - fusion - 1] = new Dense(l == depth ? classes : hidden, hidden, 1 / Math.sqrt(hidden), true, rng);
        }
    }

    /** L_f. */
    public int fusion() {
        return fusion;
    }

    /** out (+)= in W^T (+ b), by gemm then a bias loop. */
    private static void affine(Block in, Dense layer, Block out, int rows, boolean accumulate) {
        OpenBlasThreads.useOne(); // same bits at any start-up thread count (the setting holds for the backward products too)
        Nd4j.gemm(in.a, layer.w, out.a, false, true, 1.0, accumulate ? 1.0 : 0.0);
        if (layer.b != null) {
            FloatBuffer o = out.v;
            for (int i = 0; i < rows; i++) {
                int row = i * layer.out;
                for (int j = 0; j < layer.out; j++) {
                    o.put(row + j, o.get(row + j) + layer.b[j]);
                }
            }
        }
    }

    private static void relu(Block h, int size) {
        FloatBuffer v = h.v;
        for (int i = 0; i < size; i++) {
            if (v.get(i) < 0) {
                v.put(i, 0f);
            }
        }
    }

    /** delta *= 1[h > 0], the ReLU derivative read off the activation. */
    private static void reluBack(Block delta, Block h, int size) {
        for (int i = 0; i < size; i++) {
            if (h.v.get(i) <= 0) {
                delta.v.put(i, 0f);
            }
        }
    }

    /** Forward pass; returns the logits block. */
    private Block forward(Buffers buf, float[] viewA, float[] viewB) {
        int rows = buf.rows;
        buf.h[0][0].v.put(0, viewA);
        buf.h[1][0].v.put(0, viewB);
        for (int m = 0; m < 2; m++) {
            for (int l = 1; l < fusion; l++) {
                affine(buf.h[m][l - 1], branch[m][l - 1], buf.h[m][l], rows, false);
                relu(buf.h[m][l], rows * hidden);
            }
        }
        affine(buf.h[0][fusion - 1], branch[0][fusion - 1], buf.out[0], rows, false);
        affine(buf.h[1][fusion - 1], branch[1][fusion - 1], buf.out[0], rows, true);
        for (int k = 1; k < buf.out.length; k++) {
            relu(buf.out[k - 1], rows * hidden);
            affine(buf.out[k - 1], shared[k - 1], buf.out[k], rows, false);
        }
        return buf.out[buf.out.length - 1];
    }

    private Buffers prepare(float[] viewA, float[] viewB, int[] labels) {
        Require.nonNull("labels", labels);
        int rows = Require.positive("labels.length", labels.length);
        Require.that(viewA.length == rows * inputs, "viewA.length", viewA.length, "must be rows * inputs = " + rows * inputs);
        Require.that(viewB.length == rows * inputs, "viewB.length", viewB.length, "must be rows * inputs = " + rows * inputs);
        return buffers.computeIfAbsent(rows, Buffers::new);
    }

    /**
     * Softmax cross-entropy of the logits; writes {@code (softmax - onehot) / rows} into delta when it
     * is not null. Returns the mean loss.
     */
    private double crossEntropy(Block logits, int[] labels, Block delta) {
        int rows = labels.length;
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            int row = i * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits.v.get(row + c));
            }
            double z = 0;
            for (int c = 0; c < classes; c++) {
                z += Math.exp(logits.v.get(row + c) - max);
            }
            loss += Math.log(z) + max - logits.v.get(row + labels[i]);
            if (delta != null) {
                for (int c = 0; c < classes; c++) {
                    double p = Math.exp(logits.v.get(row + c) - max) / z;
                    delta.v.put(row + c, (float) ((p - (c == labels[i] ? 1 : 0)) / rows));
                }
            }
        }
        return loss / rows;
    }

    /**
     * One SGD step on a batch: {@code theta -= lr * dL/dtheta} with L the mean cross-entropy.
     * Returns the batch loss before the step.
     */
    public double step(float[] viewA, float[] viewB, int[] labels, double learningRate) {
        Buffers buf = prepare(viewA, viewB, labels);
        Require.positive("learningRate", learningRate);
        int rows = buf.rows;
        Block logits = forward(buf, viewA, viewB);
        double loss = crossEntropy(logits, labels, buf.dout[buf.dout.length - 1]);
        for (int k = buf.out.length - 1; k >= 1; k--) {
            Dense layer = shared[k - 1];
            gradients(buf.dout[k], buf.out[k - 1], layer, rows);
            Nd4j.gemm(buf.dout[k].a, layer.w, buf.dout[k - 1].a, false, false, 1.0, 0.0);
            reluBack(buf.dout[k - 1], buf.out[k - 1], rows * hidden);
        }
        for (int m = 0; m < 2; m++) {
            Block d = buf.dout[0];
            for (int l = fusion; l >= 1; l--) {
                Dense layer = branch[m][l - 1];
                gradients(d, buf.h[m][l - 1], layer, rows);
                if (l > 1) {
                    Block below = buf.dh[m][l - 1];
                    Nd4j.gemm(d.a, layer.w, below.a, false, false, 1.0, 0.0);
                    reluBack(below, buf.h[m][l - 1], rows * hidden);
                    d = below;
                }
            }
        }
        double g2 = 0;
        for (Dense[] layers : branch) {
            for (Dense layer : layers) {
                g2 += update(layer, learningRate);
            }
        }
        for (Dense layer : shared) {
            g2 += update(layer, learningRate);
        }
        lastGradientSquared = g2;
        return loss;
    }

    /** gW = delta^T in, gb = column sums of delta. */
    private static void gradients(Block delta, Block in, Dense layer, int rows) {
        Nd4j.gemm(delta.a, in.a, layer.gw, true, false, 1.0, 0.0);
        if (layer.gb != null) {
            Arrays.fill(layer.gb, 0f);
            for (int i = 0; i < rows; i++) {
                int row = i * layer.out;
                for (int j = 0; j < layer.out; j++) {
                    layer.gb[j] += delta.v.get(row + j);
                }
            }
        }
    }

    /** theta -= lr g; returns |g|^2. */
    private static double update(Dense layer, double lr) {
        double g2 = 0;
        float step = (float) lr;
        FloatBuffer w = layer.wv;
        FloatBuffer g = layer.gwv;
        int n = w.capacity();
        for (int i = 0; i < n; i++) {
            float gi = g.get(i);
            g2 += gi * gi;
            w.put(i, w.get(i) - step * gi);
        }
        if (layer.b != null) {
            for (int j = 0; j < layer.out; j++) {
                g2 += layer.gb[j] * layer.gb[j];
                layer.b[j] -= step * layer.gb[j];
            }
        }
        return g2;
    }

    /** Squared norm of the full gradient of the last {@link #step}. */
    public double lastGradientSquared() {
        return lastGradientSquared;
    }

    /** Mean cross-entropy on a batch (no update). */
    public double loss(float[] viewA, float[] viewB, int[] labels) {
        Buffers buf = prepare(viewA, viewB, labels);
        return crossEntropy(forward(buf, viewA, viewB), labels, null);
    }

    /** Fraction of rows whose largest logit is the label. */
    public double accuracy(float[] viewA, float[] viewB, int[] labels) {
        Buffers buf = prepare(viewA, viewB, labels);
        Block logits = forward(buf, viewA, viewB);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (logits.v.get(i * classes + c) > logits.v.get(i * classes + best)) {
                    best = c;
                }
            }
            if (best == labels[i]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }
}
