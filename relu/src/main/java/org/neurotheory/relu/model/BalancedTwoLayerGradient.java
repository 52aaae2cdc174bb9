package org.neurotheory.relu.model;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two-layer gradient sum of {@link VectorTwoLayerGradient} on several threads, with the work
 * shared out as it goes: the samples are cut into {@link #UNITS_PER_THREAD} units per thread, and
 * each thread (the caller and {@code threads - 1} {@link ShardWorker}s, each with its own kernel
 * and aligned buffers) claims the next unit as soon as it is done with its last one.
 *
 * <p>Why: the two cores of this project's benchmark VM change speed independently, by up to 1.5x for
 * thousands of steps (docs/performance.md, relu). With a fixed half of the samples per thread, a
 * step lasts as long as the slower core needs for its half; with units claimed on the fly the faster
 * core takes more of them.
 *
 * <p>Reproducible bytes: every unit's loss and gradient sums start from zero and run over its own
 * chunks in order, so they do not depend on which thread computed them, and the units are added in
 * unit order at the end. A given thread count therefore always gives the same bytes (a different
 * grouping of the same sums than one thread, so equal to it up to rounding).
 *
 * <p>Not thread-safe (one step at a time); allocates nothing per step.
 */
final class BalancedTwoLayerGradient implements GradientKernel {
    /** Units per thread: fine enough that a core running 1.5x slower than the other still ends with it. */
    static final int UNITS_PER_THREAD = 4;
    private final VectorTwoLayerGradient[] kernels;
    private final ShardWorker[] workers;
    private final int units;
    private final int chunks;
    private final double[][] sums;
    private final double[] losses;
    private final double[] total;
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param network a depth-2 network
     * @param x       inputs, P x D row-major
     * @param y       targets, P x O row-major
     * @param samples P
     * @param threads threads sharing a step, >= 2
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
        units = Math.min(chunks, threads * UNITS_PER_THREAD);
        int length = kernels[0].sumLength();
        sums = new double[units][length];
        losses = new double[units];
        total = new double[length];
    }

    @Override
    public double accumulate(double[] params, double[] grad, boolean withGradient) {
        next.set(0);
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
        return (int) ((long) chunks * u / units);
    }

    /** Records unit {@code u}'s loss and its gradient sums, {@code sums[from..]} in kernel layout. */
    void complete(int u, double loss, double[] sums, int from) {
        losses[u] = loss;
        System.arraycopy(sums, from, this.sums[u], 0, this.sums[u].length);
    }
}
