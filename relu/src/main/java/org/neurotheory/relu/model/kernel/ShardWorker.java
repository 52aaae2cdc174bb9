package org.neurotheory.relu.model.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that computes its share of a gradient step on request: one sample shard of the
 * scalar pass, or units claimed from a {@link BalancedTwoLayerGradient}.
 * Between steps it spins for {@link #SPIN_NANOS} (a training loop asks for the next step within
 * microseconds) and then parks; after {@link #IDLE_NANOS} without work the thread exits, and the
 * next request starts another, so idle flows hold no threads. The spin is short so that, when other
 * processes share the cores, an idle worker does not take a core from the thread that has work.
 *
 * <p>Two ways to use it: a task that computes a fixed share (a shard of the scalar pass) is
 * requested and then {@link #await awaited} before the next request; a task that claims its work
 * from elsewhere ({@link BalancedTwoLayerGradient}) need not be awaited: a request made while the
 * worker is still busy runs the task once more as soon as it is free.
 */
public final class ShardWorker implements Runnable {
    /** Busy-wait between steps before parking, and before {@link #await} starts yielding its core. */
    static final long SPIN_NANOS = 50_000L;
    /** Parked this long without a request, the thread exits. */
    public static final long IDLE_NANOS = 1_000_000_000L;
    /** The work of one request. */
    public interface Task {
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

    public ShardWorker(Task task) {
        this.task = task;
    }

    /** Starts the task on {@code p} (see the class comment for when a request must be awaited). */
    public void request(double[] p, boolean gradient) {
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

    /**
     * Waits for the last request and returns the task's loss sum: spins for {@link #SPIN_NANOS},
     * then yields the core between checks (a worker that lost its core to another process gets it
     * back sooner than if this thread kept spinning).
     */
    public double await() {
        long target = requested;
        long start = System.nanoTime();
        while (completed != target) {
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
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
