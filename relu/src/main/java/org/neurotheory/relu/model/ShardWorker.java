package org.neurotheory.relu.model;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that computes its share of a gradient step on request: one sample shard of a
 * {@link NetworkGradientFlow}, or units claimed from a {@link BalancedTwoLayerGradient}.
 * Between steps it spins for {@link #SPIN_NANOS} before parking: waking a parked thread costs
 * ~60 us on the 2-core VM of {@code docs/performance.md}, and the kernel then finished a two-thread
 * step no faster than one thread. After {@link #IDLE_NANOS} without work the thread exits; the next
 * request starts another, so idle flows hold no threads.
 */
final class ShardWorker implements Runnable {
    /** Busy-wait between steps before parking. */
    static final long SPIN_NANOS = 2_000_000L;
    /** Parked this long without a request, the thread exits. */
    static final long IDLE_NANOS = 1_000_000_000L;
    /** The work of one request. */
    interface Task {
        /** Returns a loss sum (or 0 when the task reports its results elsewhere). */
        double run(double[] params, boolean withGradient);
    }

    private final Task task;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Thread thread;
    private double[] params;
    private boolean withGradient;
    private double loss;
    private Throwable failure;
    /** Written last by {@link #request}, read first by the worker: publishes the fields above. */
    private volatile long requested;
    /** Written last by the worker, read first by {@link #await}: publishes the result fields. */
    private volatile long completed;

    ShardWorker(Task task) {
        this.task = task;
    }

    /** Starts the shard's gradient for {@code p}; the caller must {@link #await} before the next request. */
    void request(double[] p, boolean gradient) {
        params = p;
        withGradient = gradient;
        requested = requested + 1;
        if (running.compareAndSet(false, true)) {
            Thread t = new Thread(this, "relu-gradient-shard");
            t.setDaemon(true);
            thread = t;
            t.start();
        } else {
            LockSupport.unpark(thread);
        }
    }

    /** Waits (spinning) for the last request; returns the task's loss sum. */
    double await() {
        long target = requested;
        while (completed != target) {
            Thread.onSpinWait();
        }
        if (failure != null) {
            Throwable f = failure;
            failure = null;
            throw new IllegalStateException("gradient shard failed", f);
        }
        return loss;
    }

    @Override
    public void run() {
        long done = completed;
        while (true) {
            long target = waitForRequest(done);
            if (target == done) {
                // idle: stop unless a request arrived meanwhile and nobody else claimed it
                running.set(false);
                if (requested == done || !running.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                loss = task.run(params, withGradient);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            done = target;
            completed = target;
        }
    }

    /** Spins, then parks, until {@code requested != done} or the idle time passes; returns requested. */
    private long waitForRequest(long done) {
        long start = System.nanoTime();
        long r;
        while ((r = requested) == done) {
            long waited = System.nanoTime() - start;
            if (waited < SPIN_NANOS) {
                Thread.onSpinWait();
            } else if (waited < IDLE_NANOS) {
                LockSupport.parkNanos(this, IDLE_NANOS - waited);
            } else {
                return done;
            }
        }
        return r;
    }
}
