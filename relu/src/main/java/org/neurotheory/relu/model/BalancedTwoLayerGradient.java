package org.neurotheory.relu.model;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two-layer gradient sum of {@link VectorTwoLayerGradient}, computed in units of whole
 * 16-sample chunks and shared out among threads as it goes: each thread (the caller and
 * {@code threads - 1} {@link ShardWorker}s, each with its own kernel and aligned buffers) claims the
 * next unit as soon as it is done with its last one.
 *
 * <p>Reproducible bytes for any thread count: how the samples are cut into units depends on the
 * sample count alone (units of at least {@link #MIN_UNIT_CHUNKS} chunks, at most {@link #MAX_UNITS}
 * of them); every unit's loss and gradient sums start from zero and run over its chunks in order, so
 * they do not depend on which thread computed them; and the units are added in unit order at the
 * end. One thread, two or sixty-four give the same bytes.
 *
 * <p>Why on the fly: the two cores of this project's benchmark VM change speed independently, by up
 * to 1.9x for thousands of steps (docs/performance.md, relu). With a fixed half of the samples per
 * thread, a step lasts as long as the slower core needs for its half; with units claimed as they
 * go, the faster core takes more of them.
 *
 * <p>Not thread-safe (one step at a time); allocates nothing per step.
 */
final class BalancedTwoLayerGradient {
    /** Fewest chunks in a unit (128 samples): the unit overhead stays ~1% of its work. */
    static final int MIN_UNIT_CHUNKS = 8;
    /** Most units: bounds the memory and the final sum of the units' gradients. */
    static final int MAX_UNITS = 64;
    /**
     * Units a thread should have for sharing to pay: with four, a core running 1.5x slower than
     * the other still finishes about when it does ({@link #usefulThreads}).
     */
    static final int UNITS_PER_THREAD = 4;
    private final VectorTwoLayerGradient[] kernels;
    private final ShardWorker[] workers;
    private final int units;
    private final int chunks;
    private final double[][] sums;
    private final double[] losses;
    private final double[] total;
    private final AtomicInteger next = new AtomicInteger();
    /** Whether the current step computes the gradient (published to workers by their request). */
    private boolean withGradient;

    /**
     * @param network a depth-2 network
     * @param x       inputs, P x D row-major
     * @param y       targets, P x O row-major
     * @param samples P
     * @param threads threads sharing a step, >= 1
     */
    BalancedTwoLayerGradient(BiasFreeNetwork network, double[] x, double[] y, int samples, int threads) {
        kernels = new VectorTwoLayerGradient[threads];
        workers = new ShardWorker[threads - 1];
        for (int t = 0; t < threads; t++) {
            kernels[t] = new VectorTwoLayerGradient(network, x, y, samples);
        }
        for (int t = 1; t < threads; t++) {
            VectorTwoLayerGradient k = kernels[t];
            workers[t - 1] = new ShardWorker((p, withGradient) -> {
                k.accumulateUnits(p, this, withGradient);
                return 0;
            });
        }
        chunks = kernels[0].chunkCount();
        units = unitCount(chunks);
        int length = kernels[0].sumLength();
        sums = new double[units][length];
        losses = new double[units];
        total = new double[length];
    }

    /**
     * @param params       network parameters, row-major {@code W_1, W_2}
     * @param grad         receives {@code sum_mu} of the negative gradient (when {@code withGradient})
     * @param withGradient false for the loss only
     * @return {@code sum_mu |y_mu - f(x_mu)|^2 / 2}
     */
    double accumulate(double[] params, double[] grad, boolean withGradient) {
        next.set(0);
        this.withGradient = withGradient;
        for (ShardWorker w : workers) {
            w.request(params, withGradient);
        }
        kernels[0].accumulateUnits(params, this, withGradient);
        for (ShardWorker w : workers) {
            w.await();
        }
        double loss = 0;
        for (int u = 0; u < units; u++) {
            loss += losses[u];
        }
        if (withGradient) {
            System.arraycopy(sums[0], 0, total, 0, total.length);
            for (int u = 1; u < units; u++) {
                double[] s = sums[u];
                for (int i = 0; i < total.length; i++) {
                    total[i] += s[i];
                }
            }
            kernels[0].store(total, 0, grad);
        }
        return loss;
    }

    /** The next unclaimed unit of this step, or -1 when all are taken. */
    int claim() {
        int u = next.getAndIncrement();
        return u < units ? u : -1;
    }

    /** First chunk of unit {@code u} (for {@code u = units}, the chunk count). */
    int firstChunk(int u) {
        return Math.min(u * unitChunks(chunks), chunks);
    }

    /** Chunks per unit (the last unit may have fewer): a function of the sample count only. */
    private static int unitChunks(int chunks) {
        return Math.max(MIN_UNIT_CHUNKS, (chunks + MAX_UNITS - 1) / MAX_UNITS);
    }

    private static int unitCount(int chunks) {
        return (chunks + unitChunks(chunks) - 1) / unitChunks(chunks);
    }

    /**
     * Threads worth using for {@code samples} samples on a machine with {@code processors}: one per
     * {@link #UNITS_PER_THREAD} units, at least one, at most {@code processors}. Fewer units than
     * that leave the threads waiting on each other more than they save.
     */
    static int usefulThreads(int samples, int processors) {
        int units = unitCount((samples + VectorTwoLayerGradient.CHUNK - 1) / VectorTwoLayerGradient.CHUNK);
        return Math.max(1, Math.min(processors, units / UNITS_PER_THREAD));
    }

    /**
     * Records unit {@code u}'s loss and, in a gradient step, its gradient sums, {@code sums[from..]}
     * in kernel layout.
     */
    void complete(int u, double loss, double[] sums, int from) {
        losses[u] = loss;
        if (withGradient) {
            System.arraycopy(sums, from, this.sums[u], 0, this.sums[u].length);
        }
    }
}
