package org.neurotheory.relu.model.kernel;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.neurotheory.relu.model.BiasFreeNetwork;

/**
 * The square-loss gradient sum of a two-layer bias-free leaky-ReLU network
 * {@code f(x) = W2 sigma_alpha(W1 x)} (Zhang, Saxe, Latham, Sec. 2), written with the JDK Vector API
 * (incubator module {@code jdk.incubator.vector}): the hidden layer is cut into SIMD lanes and the
 * samples are taken sixteen at a time. Within such a chunk, four samples at once go forward (a
 * register tile of four samples by four lane groups, so each weight load and each input broadcast
 * feeds four fused multiply-adds) and back to the hidden layer; the chunk's first-layer gradient
 * {@code sum_mu delta_mu x_mu^T} is then added by register tiles of five inputs by three lane groups
 * whose partial sums stay in registers across all sixteen samples. Only the activations and
 * back-propagated errors of one chunk are stored (2 x 16 x H numbers, in L1 cache).
 *
 * <p>For the samples {@code mu} of a range of chunks it computes {@code sum_mu |r_mu|^2 / 2} with
 * {@code r = y - f(x)} and the negative gradient sums {@code sum_mu delta_mu x_mu^T} (layer 1, with
 * {@code delta = sigma'(W1 x) .* (W2^T r)}) and {@code sum_mu r_mu sigma(W1 x_mu)^T} (layer 2), which
 * {@link #store} turns into row-major order as in {@link BiasFreeNetwork}. The hidden width is padded
 * to a whole number of lanes, the input dimension to a multiple of five and the sample count to a
 * multiple of sixteen, with zero weights, zero inputs and zero samples, which contribute nothing.
 * {@link BalancedTwoLayerGradient} runs one such kernel per thread; {@link org.neurotheory.relu.model.NetworkGradientFlow} uses
 * it only when the module is present ({@link VectorSupport}), and its scalar path is the reference
 * it is tested against.
 *
 * <p>Not thread-safe; allocates nothing per call.
 */
public final class VectorTwoLayerGradient {
    /**
     * Four doubles a vector on every machine: the lane count fixes the summation order, so the
     * preferred species (eight lanes where the processor has AVX-512, four with AVX2) would give other
     * bytes on other processors. On an AVX-512 processor a step is about a quarter slower than with
     * eight lanes (docs/performance.md, relu); on AVX2 four lanes are the preferred width anyway.
     */
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = 4;
    /** Samples per chunk. */
    static final int CHUNK = 16;
    private static final int INPUT_TILE = 5;
    private final int inputs;
    /** Row stride of the inputs and of the transposed W1 and its gradient: inputs rounded up to {@link #INPUT_TILE}. */
    private final int stride;
    private final int hidden;
    private final int outputs;
    private final int padded;
    private final int chunks;
    private final double slope;
    /** All work buffers, 64-byte aligned ({@link AlignedArena}). */
    private final double[] mem;
    /** Start in {@link #mem} of the inputs, row stride {@link #stride}. */
    private final int xOff;
    /** Start in {@link #mem} of the targets. */
    private final int yOff;
    /** Start in {@link #mem} of W1 transposed, D rows of {@link #padded}. */
    private final int w1tOff;
    /** Start in {@link #mem} of W2, O rows of {@link #padded}. */
    private final int w2Off;
    /** Start in {@link #mem} of the first-layer gradient sum, transposed like {@link #w1tOff W1}. */
    private final int g1tOff;
    /** Start in {@link #mem} of the output-layer gradient sum: right after the first layer's. */
    private final int g2Off;
    /** Start in {@link #mem} of the activations of one chunk. */
    private final int actOff;
    /** Start in {@link #mem} of the back-propagated errors of one chunk. */
    private final int deltaOff;
    /** Start in {@link #mem} of the residuals of one chunk. */
    private final int rOff;

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
        stride = (inputs + INPUT_TILE - 1) / INPUT_TILE * INPUT_TILE;
        chunks = (samples + CHUNK - 1) / CHUNK;
        // the gradient sums of both layers are one buffer, so that a unit's sums are one array range
        AlignedArena arena = new AlignedArena(chunks * CHUNK * stride, chunks * CHUNK * outputs,
                stride * padded, outputs * padded, sumLength(), CHUNK * padded, CHUNK * padded, CHUNK * outputs);
        mem = arena.memory();
        xOff = arena.offset(0);
        yOff = arena.offset(1);
        w1tOff = arena.offset(2);
        w2Off = arena.offset(3);
        g1tOff = arena.offset(4);
        g2Off = g1tOff + stride * padded;
        actOff = arena.offset(5);
        deltaOff = arena.offset(6);
        rOff = arena.offset(7);
        for (int mu = 0; mu < samples; mu++) {
            System.arraycopy(x, mu * inputs, mem, xOff + mu * stride, inputs);
        }
        System.arraycopy(y, 0, mem, yOff, samples * outputs);
    }

    /** Number of 16-sample chunks (the last one padded with zero samples). */
    int chunkCount() {
        return chunks;
    }

    /** Length of the gradient sums in this kernel's layout (transposed, padded W1, then padded W2). */
    int sumLength() {
        return (stride + outputs) * padded;
    }

    /** Copies the gradient sums of the last {@link #chunks} call (this kernel's layout) into {@code out}. */
    void copySums(double[] out) {
        System.arraycopy(mem, g1tOff, out, 0, sumLength());
    }

    /** Loss sum of chunks {@code [from, to)}; with the gradient, their sums replace the stored ones. */
    double chunks(int from, int to, boolean withGradient) {
        if (withGradient) {
            Arrays.fill(mem, g1tOff, g1tOff + sumLength(), 0);
        }
        double loss = 0;
        for (int c = from; c < to; c++) {
            for (int b = 0; b < CHUNK; b += BLOCK) {
                int mu = c * CHUNK + b;
                forward(mu * stride, b * padded);
                loss += residuals(mu * outputs, b);
                if (withGradient) {
                    if (outputs == 1) {
                        backwardSingleOutput(b);
                    } else {
                        backward(b);
                    }
                }
            }
            if (withGradient) {
                inputGradient(c * CHUNK * stride);
            }
        }
        return 0.5 * loss;
    }

    /**
     * Hidden pre-activations {@code W1 x} of the four samples from {@code x0}, into rows of
     * {@link #actOff act} from {@code z0} ({@link #residuals} turns them into activations): four lane groups
     * at a time (16 accumulators, each weight load feeding four multiply-adds and each input
     * broadcast four), then the leftover groups one by one.
     */
    private void forward(int x0, int z0) {
        int c = padded / (4 * LANES) * (4 * LANES);
        if (c > 0) {
            forwardFour(x0, z0, c);
        }
        for (; c < padded; c += LANES) {
            forwardOne(x0, z0, c);
        }
    }

    /**
     * Pre-activations of lane groups {@code 0..end-1}, four at a time, for {@link #forward}. The tile
     * is a method of its own: C2 stops inlining (and so stops intrinsifying vector operations, which
     * then allocate) once a compiled method grows past a fixed bytecode budget. Looping over the lane
     * groups inside it, rather than calling it once per four groups, saved 3-10% of a step.
     */
    private void forwardFour(int x0, int z0, int end) {
        final int padded = this.padded;
        final int inputs = this.inputs;
        for (int c = 0; c < end; c += 4 * LANES) {
            int x1 = x0 + stride;
            int x2 = x1 + stride;
            int x3 = x2 + stride;
            int z1 = z0 + padded;
            int z2 = z1 + padded;
            int z3 = z2 + padded;
            DoubleVector a0 = DoubleVector.zero(SPECIES);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            DoubleVector b0 = a0;
            DoubleVector b1 = a0;
            DoubleVector b2 = a0;
            DoubleVector b3 = a0;
            DoubleVector c0 = a0;
            DoubleVector c1 = a0;
            DoubleVector c2 = a0;
            DoubleVector c3 = a0;
            DoubleVector d0 = a0;
            DoubleVector d1 = a0;
            DoubleVector d2 = a0;
            DoubleVector d3 = a0;
            for (int k = 0, row = c; k < inputs; k++, row += padded) {
                DoubleVector s0 = DoubleVector.broadcast(SPECIES, mem[xOff + x0 + k]);
                DoubleVector s1 = DoubleVector.broadcast(SPECIES, mem[xOff + x1 + k]);
                DoubleVector s2 = DoubleVector.broadcast(SPECIES, mem[xOff + x2 + k]);
                DoubleVector s3 = DoubleVector.broadcast(SPECIES, mem[xOff + x3 + k]);
                DoubleVector u = DoubleVector.fromArray(SPECIES, mem, w1tOff + row);
                a0 = u.fma(s0, a0);
                a1 = u.fma(s1, a1);
                a2 = u.fma(s2, a2);
                a3 = u.fma(s3, a3);
                u = DoubleVector.fromArray(SPECIES, mem, w1tOff + row + LANES);
                b0 = u.fma(s0, b0);
                b1 = u.fma(s1, b1);
                b2 = u.fma(s2, b2);
                b3 = u.fma(s3, b3);
                u = DoubleVector.fromArray(SPECIES, mem, w1tOff + row + 2 * LANES);
                c0 = u.fma(s0, c0);
                c1 = u.fma(s1, c1);
                c2 = u.fma(s2, c2);
                c3 = u.fma(s3, c3);
                u = DoubleVector.fromArray(SPECIES, mem, w1tOff + row + 3 * LANES);
                d0 = u.fma(s0, d0);
                d1 = u.fma(s1, d1);
                d2 = u.fma(s2, d2);
                d3 = u.fma(s3, d3);
            }
            a0.intoArray(mem, actOff + z0 + c);
            a1.intoArray(mem, actOff + z1 + c);
            a2.intoArray(mem, actOff + z2 + c);
            a3.intoArray(mem, actOff + z3 + c);
            b0.intoArray(mem, actOff + z0 + c + LANES);
            b1.intoArray(mem, actOff + z1 + c + LANES);
            b2.intoArray(mem, actOff + z2 + c + LANES);
            b3.intoArray(mem, actOff + z3 + c + LANES);
            c0.intoArray(mem, actOff + z0 + c + 2 * LANES);
            c1.intoArray(mem, actOff + z1 + c + 2 * LANES);
            c2.intoArray(mem, actOff + z2 + c + 2 * LANES);
            c3.intoArray(mem, actOff + z3 + c + 2 * LANES);
            d0.intoArray(mem, actOff + z0 + c + 3 * LANES);
            d1.intoArray(mem, actOff + z1 + c + 3 * LANES);
            d2.intoArray(mem, actOff + z2 + c + 3 * LANES);
            d3.intoArray(mem, actOff + z3 + c + 3 * LANES);
        }
    }

    /** Pre-activations of lane group {@code c} for {@link #forward}. */
    private void forwardOne(int x0, int z0, int c) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        for (int k = 0, row = c; k < inputs; k++, row += padded) {
            DoubleVector u = DoubleVector.fromArray(SPECIES, mem, w1tOff + row);
            a0 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + x0 + k]), a0);
            a1 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + x0 + stride + k]), a1);
            a2 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + x0 + 2 * stride + k]), a2);
            a3 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + x0 + 3 * stride + k]), a3);
        }
        a0.intoArray(mem, actOff + z0 + c);
        a1.intoArray(mem, actOff + z0 + padded + c);
        a2.intoArray(mem, actOff + z0 + 2 * padded + c);
        a3.intoArray(mem, actOff + z0 + 3 * padded + c);
    }

    /**
     * Outputs {@code W2 sigma(z)} of the four samples whose pre-activations {@code z} are in rows
     * {@code b..b+3} of {@link #actOff act} (replaced there by {@code sigma(z)}), their residuals into the
     * same rows of {@link #rOff r}; returns their squared residual.
     */
    private double residuals(int y0, int b) {
        final int padded = this.padded;
        final int outputs = this.outputs;
        int z0 = b * padded;
        int r0 = b * outputs;
        double sq = 0;
        for (int o = 0; o < outputs; o++) {
            DoubleVector f0 = DoubleVector.zero(SPECIES);
            DoubleVector f1 = f0;
            DoubleVector f2 = f0;
            DoubleVector f3 = f0;
            int row = o * padded;
            for (int c = 0; c < padded; c += LANES) {
                DoubleVector w = DoubleVector.fromArray(SPECIES, mem, w2Off + row + c);
                DoubleVector a0 = DoubleVector.fromArray(SPECIES, mem, actOff + z0 + c);
                DoubleVector a1 = DoubleVector.fromArray(SPECIES, mem, actOff + z0 + padded + c);
                DoubleVector a2 = DoubleVector.fromArray(SPECIES, mem, actOff + z0 + 2 * padded + c);
                DoubleVector a3 = DoubleVector.fromArray(SPECIES, mem, actOff + z0 + 3 * padded + c);
                if (o == 0) {
                    // the first output's pass also turns the stored pre-activations into activations
                    a0 = activation(a0);
                    a1 = activation(a1);
                    a2 = activation(a2);
                    a3 = activation(a3);
                    a0.intoArray(mem, actOff + z0 + c);
                    a1.intoArray(mem, actOff + z0 + padded + c);
                    a2.intoArray(mem, actOff + z0 + 2 * padded + c);
                    a3.intoArray(mem, actOff + z0 + 3 * padded + c);
                }
                f0 = a0.fma(w, f0);
                f1 = a1.fma(w, f1);
                f2 = a2.fma(w, f2);
                f3 = a3.fma(w, f3);
            }
            double e0 = mem[yOff + y0 + o] - f0.reduceLanes(VectorOperators.ADD);
            double e1 = mem[yOff + y0 + outputs + o] - f1.reduceLanes(VectorOperators.ADD);
            double e2 = mem[yOff + y0 + 2 * outputs + o] - f2.reduceLanes(VectorOperators.ADD);
            double e3 = mem[yOff + y0 + 3 * outputs + o] - f3.reduceLanes(VectorOperators.ADD);
            mem[rOff + r0 + o] = e0;
            mem[rOff + r0 + outputs + o] = e1;
            mem[rOff + r0 + 2 * outputs + o] = e2;
            mem[rOff + r0 + 3 * outputs + o] = e3;
            sq += e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
        }
        return sq;
    }

    /**
     * {@link #backward} for a network with one output: the lane groups outermost, so that the
     * output-layer sum of a group stays in a register across the four samples and the output
     * weights are loaded once per group.
     */
    private void backwardSingleOutput(int b) {
        final int padded = this.padded;
        int z0 = actOff + b * padded;
        int d0 = deltaOff + b * padded;
        int r0 = rOff + b;
        for (int c = 0; c < padded; c += LANES) {
            DoubleVector g = DoubleVector.fromArray(SPECIES, mem, g2Off + c);
            DoubleVector w = DoubleVector.fromArray(SPECIES, mem, w2Off + c);
            for (int s = 0, z = c; s < BLOCK; s++, z += padded) {
                DoubleVector a = DoubleVector.fromArray(SPECIES, mem, z0 + z);
                DoubleVector r = DoubleVector.broadcast(SPECIES, mem[r0 + s]);
                g = a.fma(r, g);
                derivativeTimes(a, w.mul(r)).intoArray(mem, d0 + z);
            }
            g.intoArray(mem, g2Off + c);
        }
    }

    /**
     * For the four samples in rows {@code b..b+3}: adds {@code r sigma(z)^T} to the output-layer sum
     * and writes {@code delta = sigma'(z) .* (W2^T r)} into the same rows of {@link #deltaOff delta}.
     * One sample at a time, so that {@link #derivativeTimes} has a single call site: with four (one
     * per sample, as in the forward tile) and both of its branches compiled, which happens once
     * networks of zero and non-zero slope have run in the same JVM, the method outgrew C2's inlining
     * budget and every vector was boxed.
     */
    private void backward(int b) {
        final int padded = this.padded;
        final int outputs = this.outputs;
        for (int s = b, z = b * padded; s < b + BLOCK; s++, z += padded) {
            int rs = rOff + s * outputs;
            for (int c = 0; c < padded; c += LANES) {
                DoubleVector a = DoubleVector.fromArray(SPECIES, mem, actOff + z + c);
                DoubleVector e = DoubleVector.zero(SPECIES);
                // a network has at least one output; as a do-while, the common single-output case runs
                // without the loop-entry code C2 puts before a for loop (5-10% of a step, measured)
                int o = 0;
                int row = c;
                do {
                    DoubleVector r = DoubleVector.broadcast(SPECIES, mem[rs + o]);
                    a.fma(r, DoubleVector.fromArray(SPECIES, mem, g2Off + row)).intoArray(mem, g2Off + row);
                    e = DoubleVector.fromArray(SPECIES, mem, w2Off + row).fma(r, e);
                    row += padded;
                } while (++o < outputs);
                derivativeTimes(a, e).intoArray(mem, deltaOff + z + c);
            }
        }
    }

    /**
     * Adds the chunk's first-layer sum {@code sum_mu x_mu delta_mu^T} (transposed) to {@link #g1tOff g1t}:
     * tiles of five inputs by three lane groups (then the leftover groups one by one) keep their
     * partial sums in registers over all sixteen samples of the chunk, whose inputs start at {@code x0}.
     */
    private void inputGradient(int x0) {
        int c = 0;
        for (; c + 3 * LANES <= padded; c += 3 * LANES) {
            for (int k = 0; k < stride; k += INPUT_TILE) {
                inputTileThree(x0, c, k);
            }
        }
        for (; c < padded; c += LANES) {
            for (int k = 0; k < stride; k += INPUT_TILE) {
                inputTileOne(x0, c, k);
            }
        }
    }

    /**
     * Inputs {@code k..k+4} by lane groups {@code c..c+2} of {@link #inputGradient}: 15 accumulators
     * (a fourth group pushed the method past C2's inlining budget, see {@link #forwardFour}).
     */
    private void inputTileThree(int x0, int c, int k) {
        final int padded = this.padded;
        final int stride = this.stride;
        int r0 = k * padded + c;
        int r1 = r0 + padded;
        int r2 = r1 + padded;
        int r3 = r2 + padded;
        int r4 = r3 + padded;
        DoubleVector a0 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0);
        DoubleVector a1 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r1);
        DoubleVector a2 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r2);
        DoubleVector a3 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r3);
        DoubleVector a4 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r4);
        DoubleVector b0 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0 + LANES);
        DoubleVector b1 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r1 + LANES);
        DoubleVector b2 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r2 + LANES);
        DoubleVector b3 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r3 + LANES);
        DoubleVector b4 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r4 + LANES);
        DoubleVector c0 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0 + 2 * LANES);
        DoubleVector c1 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r1 + 2 * LANES);
        DoubleVector c2 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r2 + 2 * LANES);
        DoubleVector c3 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r3 + 2 * LANES);
        DoubleVector c4 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r4 + 2 * LANES);
        for (int s = 0, d = c, xs = x0 + k; s < CHUNK; s++, d += padded, xs += stride) {
            DoubleVector u = DoubleVector.fromArray(SPECIES, mem, deltaOff + d);
            DoubleVector v = DoubleVector.fromArray(SPECIES, mem, deltaOff + d + LANES);
            DoubleVector w = DoubleVector.fromArray(SPECIES, mem, deltaOff + d + 2 * LANES);
            DoubleVector q = DoubleVector.broadcast(SPECIES, mem[xOff + xs]);
            a0 = u.fma(q, a0);
            b0 = v.fma(q, b0);
            c0 = w.fma(q, c0);
            q = DoubleVector.broadcast(SPECIES, mem[xOff + xs + 1]);
            a1 = u.fma(q, a1);
            b1 = v.fma(q, b1);
            c1 = w.fma(q, c1);
            q = DoubleVector.broadcast(SPECIES, mem[xOff + xs + 2]);
            a2 = u.fma(q, a2);
            b2 = v.fma(q, b2);
            c2 = w.fma(q, c2);
            q = DoubleVector.broadcast(SPECIES, mem[xOff + xs + 3]);
            a3 = u.fma(q, a3);
            b3 = v.fma(q, b3);
            c3 = w.fma(q, c3);
            q = DoubleVector.broadcast(SPECIES, mem[xOff + xs + 4]);
            a4 = u.fma(q, a4);
            b4 = v.fma(q, b4);
            c4 = w.fma(q, c4);
        }
        a0.intoArray(mem, g1tOff + r0);
        a1.intoArray(mem, g1tOff + r1);
        a2.intoArray(mem, g1tOff + r2);
        a3.intoArray(mem, g1tOff + r3);
        a4.intoArray(mem, g1tOff + r4);
        b0.intoArray(mem, g1tOff + r0 + LANES);
        b1.intoArray(mem, g1tOff + r1 + LANES);
        b2.intoArray(mem, g1tOff + r2 + LANES);
        b3.intoArray(mem, g1tOff + r3 + LANES);
        b4.intoArray(mem, g1tOff + r4 + LANES);
        c0.intoArray(mem, g1tOff + r0 + 2 * LANES);
        c1.intoArray(mem, g1tOff + r1 + 2 * LANES);
        c2.intoArray(mem, g1tOff + r2 + 2 * LANES);
        c3.intoArray(mem, g1tOff + r3 + 2 * LANES);
        c4.intoArray(mem, g1tOff + r4 + 2 * LANES);
    }

    /** Inputs {@code k..k+4} by lane group {@code c} of {@link #inputGradient}. */
    private void inputTileOne(int x0, int c, int k) {
        int r0 = k * padded + c;
        DoubleVector a0 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0);
        DoubleVector a1 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0 + padded);
        DoubleVector a2 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0 + 2 * padded);
        DoubleVector a3 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0 + 3 * padded);
        DoubleVector a4 = DoubleVector.fromArray(SPECIES, mem, g1tOff + r0 + 4 * padded);
        for (int s = 0, d = c, xs = x0 + k; s < CHUNK; s++, d += padded, xs += stride) {
            DoubleVector u = DoubleVector.fromArray(SPECIES, mem, deltaOff + d);
            a0 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + xs]), a0);
            a1 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + xs + 1]), a1);
            a2 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + xs + 2]), a2);
            a3 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + xs + 3]), a3);
            a4 = u.fma(DoubleVector.broadcast(SPECIES, mem[xOff + xs + 4]), a4);
        }
        a0.intoArray(mem, g1tOff + r0);
        a1.intoArray(mem, g1tOff + r0 + padded);
        a2.intoArray(mem, g1tOff + r0 + 2 * padded);
        a3.intoArray(mem, g1tOff + r0 + 3 * padded);
        a4.intoArray(mem, g1tOff + r0 + 4 * padded);
    }

    /**
     * {@code sigma_alpha(v)}: {@code v} where {@code v > 0}, {@code alpha v} elsewhere. For the plain
     * ReLU ({@code alpha = 0}) two bit operations: the sign bit spread over the lane by an arithmetic
     * shift, then cleared from {@code v} (negative lanes and -0 become +0). Otherwise a compare and a
     * blend, which the JDK 17 Vector API compiles to five instructions ({@code max} carries Java's
     * NaN and signed-zero rules and costs more). The bit form made a step ~11% faster (measured in one
     * JVM against the blend).
     */
    private DoubleVector activation(DoubleVector v) {
        if (slope == 0) {
            LongVector bits = v.reinterpretAsLongs();
            return bits.lanewise(VectorOperators.AND_NOT, bits.lanewise(VectorOperators.ASHR, 63)).reinterpretAsDoubles();
        }
        return v.blend(v.mul(slope), v.compare(VectorOperators.LE, 0));
    }

    /**
     * {@code sigma_alpha'(z) e} from the activation {@code a = sigma_alpha(z)}: for {@code alpha} in
     * [0, 1], {@code a > 0} exactly when {@code z > 0}, so this is {@code e} there and {@code alpha e}
     * elsewhere. For {@code alpha = 0} the activation is +0 or positive, and {@code a <= 0} exactly
     * when its bits minus one are negative: that sign, spread over the lane, clears {@code e}.
     */
    private DoubleVector derivativeTimes(DoubleVector a, DoubleVector e) {
        if (slope == 0) {
            LongVector zero = a.reinterpretAsLongs().sub(1).lanewise(VectorOperators.ASHR, 63);
            return e.reinterpretAsLongs().lanewise(VectorOperators.AND_NOT, zero).reinterpretAsDoubles();
        }
        return e.blend(e.mul(slope), a.compare(VectorOperators.LE, 0));
    }

    /** Parameters (row-major W1, W2) into the padded transposed W1 and padded W2. */
    void load(double[] params) {
        int off2 = hidden * inputs;
        for (int j = 0; j < hidden; j++) {
            for (int k = 0; k < inputs; k++) {
                mem[w1tOff + k * padded + j] = params[j * inputs + k];
            }
        }
        for (int o = 0; o < outputs; o++) {
            System.arraycopy(params, off2 + o * hidden, mem, w2Off + o * padded, hidden);
        }
    }

    /**
     * Gradient sums in this kernel's layout, starting at {@code sums[from]} ({@link #sumLength()}
     * numbers), into row-major gradient order.
     */
    void store(double[] sums, int from, double[] grad) {
        int off2 = hidden * inputs;
        for (int j = 0; j < hidden; j++) {
            for (int k = 0; k < inputs; k++) {
                grad[j * inputs + k] = sums[from + k * padded + j];
            }
        }
        int g2 = from + stride * padded;
        for (int o = 0; o < outputs; o++) {
            System.arraycopy(sums, g2 + o * padded, grad, off2 + o * hidden, hidden);
        }
    }
}
