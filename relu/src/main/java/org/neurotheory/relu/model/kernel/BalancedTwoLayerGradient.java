package org.neurotheory.relu.model.kernel;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.neurotheory.relu.model.BiasFreeNetwork;

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
 * <p>Never held up by a descheduled worker: when other processes share the cores, a worker may lose
 * its core in the middle of a unit for a whole scheduler time slice (milliseconds, against ~20 us for
 * a unit). Once the caller has no units left to claim, it waits for the units still out for about
 * as long as one of its own units took, then computes those that are still missing itself. Whoever
 * finishes a unit first publishes it (a compare-and-set stamped with the step number); the other
 * copy is dropped, and a worker that wakes up after its step has ended finds nothing to claim. So a
 * step on several threads is never much slower than on one, whatever the load, and the bytes stay
 * the same because a unit's sums do not depend on who computed them.
 *
 * <p>Why units claimed on the fly rather than fixed halves: the cores of this project's benchmark VM
 * change speed independently, by up to 1.9x for thousands of steps (docs/performance.md, relu).
 *
 * <p>Not thread-safe (one step at a time); allocates nothing per step.
 */
public final class BalancedTwoLayerGradient {
    /** Fewest chunks in a unit (128 samples): the unit overhead stays ~1% of its work. */
    static final int MIN_UNIT_CHUNKS = 8;
    /** Most units: bounds the memory and the final sum of the units' gradients. */
    static final int MAX_UNITS = 64;
    /**
     * Units a thread should have for sharing to pay: with four, a core running 1.5x slower than
     * the other still finishes about when it does ({@link #usefulThreads}).
     */
    static final int UNITS_PER_THREAD = 4;
    /** Stamp factor: a unit finished in step {@code s} by thread {@code t} holds {@code s * STAMP + t}. */
    private static final long STAMP = 128;
    /** Shortest wait for a worker's unit before the caller computes it itself. */
    private static final long MIN_GRACE_NANOS = 5_000L;
    private final VectorTwoLayerGradient[] kernels;
    private final ShardWorker[] workers;
    private final int units;
    private final int chunks;
    /** Per thread, per unit: the gradient sums that thread computed for the unit. */
    private final double[][][] sums;
    /** Per thread, per unit: the loss sum that thread computed for the unit. */
    private final double[][] losses;
    private final double[] total;
    /** The step number in the high 32 bits, the next unclaimed unit in the low ones. */
    private final AtomicLong next = new AtomicLong();
    /** Per unit: {@code step * STAMP + thread} of the copy that was published first. */
    private final AtomicLongArray finished;
    /** Parameters of the current step (published by the volatile write of {@link #stepState}). */
    private double[] stepParams;
    /**
     * The current step: {@code 2 * number + (gradient ? 1 : 0)}. Workers read it, not their
     * request, so that a worker still busy with an old request works for the current step or not at all.
     */
    private volatile long stepState;

    /**
     * @param network a depth-2 network
     * @param x       inputs, P x D row-major (copied)
     * @param y       targets, P x O row-major (copied)
     * @param samples P
     * @param threads threads sharing a step, >= 1
     */
    public BalancedTwoLayerGradient(BiasFreeNetwork network, double[] x, double[] y, int samples, int threads) {
        kernels = new VectorTwoLayerGradient[threads];
        workers = new ShardWorker[threads - 1];
        for (int t = 0; t < threads; t++) {
            kernels[t] = new VectorTwoLayerGradient(network, x, y, samples);
        }
        for (int t = 1; t < threads; t++) {
            int thread = t;
            workers[t - 1] = new ShardWorker((p, withGradient) -> {
                work(thread);
                return 0;
            });
        }
        chunks = kernels[0].chunkCount();
        units = unitCount(chunks);
        int length = kernels[0].sumLength();
        sums = new double[threads][units][length];
        losses = new double[threads][units];
        total = new double[length];
        finished = new AtomicLongArray(units);
    }

    /**
     * @param params       network parameters, row-major {@code W_1, W_2}; not changed until this returns
     * @param grad         receives {@code sum_mu} of the negative gradient (when {@code withGradient})
     * @param withGradient false for the loss only
     * @return {@code sum_mu |y_mu - f(x_mu)|^2 / 2}
     */
    public double accumulate(double[] params, double[] grad, boolean withGradient) {
        long s = (stepState >> 1) + 1;
        stepParams = params;
        next.set(s << 32);
        stepState = 2 * s + (withGradient ? 1 : 0);
        for (ShardWorker w : workers) {
            w.request(params, withGradient);
        }
        VectorTwoLayerGradient own = kernels[0];
        own.load(params);
        long start = System.nanoTime();
        int done = 0;
        for (int u = claim(s); u >= 0; u = claim(s)) {
            compute(0, u, s, withGradient);
            done++;
        }
        if (workers.length > 0) {
            long grace = Math.max(MIN_GRACE_NANOS, done > 0 ? (System.nanoTime() - start) / done : 0);
            finishStragglers(s, withGradient, System.nanoTime() + grace);
        }
        double loss = 0;
        for (int u = 0; u < units; u++) {
            loss += losses[winner(u)][u];
        }
        if (withGradient) {
            System.arraycopy(sums[winner(0)][0], 0, total, 0, total.length);
            for (int u = 1; u < units; u++) {
                double[] unit = sums[winner(u)][u];
                for (int i = 0; i < total.length; i++) {
                    total[i] += unit[i];
                }
            }
            own.store(total, 0, grad);
        }
        return loss;
    }

    /** Waits for the workers' units until {@code deadline}, then computes the missing ones here. */
    private void finishStragglers(long s, boolean withGradient, long deadline) {
        long published = s * STAMP;
        for (int u = 0; u < units; u++) {
            while (finished.get(u) < published) {
                if (System.nanoTime() >= deadline) {
                    compute(0, u, s, withGradient);
                } else {
                    Thread.onSpinWait();
                }
            }
        }
    }

    /**
     * A worker's share of the current step. It reads the step first and loads the parameters only
     * while the step still has units to claim (they do not change until every unit is claimed); a
     * late worker claims nothing.
     */
    private void work(int thread) {
        long state = stepState;
        long s = state >> 1;
        boolean withGradient = (state & 1) == 1;
        double[] params = stepParams;
        if (claimable(s)) {
            kernels[thread].load(params);
            for (int u = claim(s); u >= 0; u = claim(s)) {
                compute(thread, u, s, withGradient);
            }
        }
    }

    /** Computes unit {@code u} on {@code thread}'s kernel and publishes it unless someone was first. */
    private void compute(int thread, int u, long s, boolean withGradient) {
        VectorTwoLayerGradient k = kernels[thread];
        double loss = k.chunks(firstChunk(u), firstChunk(u + 1), withGradient);
        losses[thread][u] = loss;
        if (withGradient) {
            k.copySums(sums[thread][u]);
        }
        long stamp = s * STAMP;
        long seen = finished.get(u);
        while (seen < stamp) {
            if (finished.compareAndSet(u, seen, stamp + thread)) {
                return;
            }
            seen = finished.get(u);
        }
    }

    /** Thread whose copy of unit {@code u} was published in the current step. */
    private int winner(int u) {
        return (int) (finished.get(u) % STAMP);
    }

    private boolean claimable(long s) {
        long v = next.get();
        return (v >>> 32) == s && (int) v < units;
    }

    /** The next unclaimed unit of step {@code s}, or -1 when all are taken or the step is over. */
    private int claim(long s) {
        while (true) {
            long v = next.get();
            if ((v >>> 32) != s || (int) v >= units) {
                return -1;
            }
            if (next.compareAndSet(v, v + 1)) {
                return (int) v;
            }
        }
    }

    /** First chunk of unit {@code u} (for {@code u = units}, the chunk count). */
    private int firstChunk(int u) {
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
    public static int usefulThreads(int samples, int processors) {
        int units = unitCount((samples + VectorTwoLayerGradient.CHUNK - 1) / VectorTwoLayerGradient.CHUNK);
        return Math.max(1, Math.min(processors, units / UNITS_PER_THREAD));
    }
}
