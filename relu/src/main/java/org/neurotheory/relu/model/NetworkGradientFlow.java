package org.neurotheory.relu.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.ode.GradientFlow;
import org.neurotheory.relu.model.kernel.BalancedTwoLayerGradient;
import org.neurotheory.relu.model.kernel.VectorSupport;

/**
 * Full-batch gradient flow {@code tau dtheta/dt = -dL/dtheta} of a {@link BiasFreeNetwork} on the
 * square loss {@code L = (1/2P) sum_mu |y_mu - f(x_mu)|^2} (Zhang, Saxe, Latham, Sec. 2). Integrated
 * with {@link org.neurotheory.core.ode.EulerIntegrator} at step {@code lr} (and {@code tau = 1}) it is
 * exactly full-batch gradient descent.
 *
 * <p>This class is the adapter: it checks the input and picks how the sums are computed.
 * Two-layer networks run on the Vector API kernel
 * ({@link org.neurotheory.relu.model.kernel.VectorTwoLayerGradient}, SIMD lanes over the hidden
 * layer, register tiles over chunks of sixteen samples) when the JVM has the Vector API module
 * ({@code --add-modules jdk.incubator.vector}); it sums the samples in units fixed by the sample
 * count, which the threads claim as they go ({@link BalancedTwoLayerGradient}): the same bytes for any
 * thread count. Networks of depth three or more on one thread run the batched pass
 * ({@link BatchedDeepGradient}: one BLAS product per layer over all samples, on one OpenBLAS thread).
 * Otherwise the scalar pass runs ({@link ScalarNetworkGradient}; with {@code threads > 1},
 * {@link ShardedScalarGradient}: the same bytes for a given thread count). The paths agree to
 * rounding (relative 1e-12 in the tests), not bit for bit.
 *
 * <p>Not thread-safe: holds preallocated work arrays, so {@link #derivative} allocates nothing.
 */
public final class NetworkGradientFlow implements GradientFlow {
    /** Most threads a flow may use. */
    public static final int MAX_THREADS = 64;
    private final BiasFreeNetwork net;
    private final double tau;
    private final int samples;
    private final int threads;
    private final boolean vectorised;
    private final GradientSum sum;
    private final double[] grad;

    /**
     * Flow vectorised when the JVM allows it, on as many threads as pay off
     * ({@link #defaultThreads}). Its results do not depend on the machine's core count.
     *
     * @param network the architecture
     * @param data    training set; its dimensions must match the network
     * @param tau     time constant ({@code 1} makes Euler step = learning rate), > 0
     */
    public NetworkGradientFlow(BiasFreeNetwork network, RegressionData data, double tau) {
        this(network, data, tau, defaultThreads(network, data), true);
    }

    /**
     * Threads the three-argument constructor uses: for a two-layer network on the Vector API kernel,
     * whose bytes do not depend on the thread count, one per four work units of at least 128 samples
     * ({@link BalancedTwoLayerGradient}), up to the available processors (2 threads for 1000 samples
     * on a 2-core machine); otherwise 1, because the scalar pass's bytes depend on the shard count.
     */
    public static int defaultThreads(BiasFreeNetwork network, RegressionData data) {
        if (network == null || data == null || network.depth() != 2 || !VectorSupport.AVAILABLE) {
            return 1;
        }
        return BalancedTwoLayerGradient.usefulThreads(data.size(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param network the architecture
     * @param data    training set; its dimensions must match the network
     * @param tau     time constant, > 0
     * @param threads threads sharing each step, in [1, {@link #MAX_THREADS}] and at most the number
     *                of samples (pairs, for mirrored data)
     */
    public NetworkGradientFlow(BiasFreeNetwork network, RegressionData data, double tau, int threads) {
        this(network, data, tau, threads, true);
    }

    /** As above; {@code vectorised = false} forces the scalar pass (the reference in tests) at every depth. */
    NetworkGradientFlow(BiasFreeNetwork network, RegressionData data, double tau, int threads, boolean vectorised) {
        this.net = Require.nonNull("network", network);
        Require.nonNull("data", data);
        Require.that(data.inputDimension() == network.inputs(), "data.inputDimension", data.inputDimension(),
                "must equal network inputs " + network.inputs());
        Require.that(data.outputDimension() == network.outputs(), "data.outputDimension", data.outputDimension(),
                "must equal network outputs " + network.outputs());
        this.tau = Require.positive("tau", tau);
        this.samples = data.size();
        int units = data.mirrored() ? samples / 2 : samples;
        Require.that(threads >= 1 && threads <= Math.min(MAX_THREADS, units), "threads", threads,
                "must be in [1, " + Math.min(MAX_THREADS, units) + "] (at most " + MAX_THREADS
                        + " and the number of " + (data.mirrored() ? "mirrored pairs" : "samples") + ")");
        this.threads = threads;
        this.grad = new double[network.parameterCount()];
        this.vectorised = vectorised && network.depth() == 2 && VectorSupport.AVAILABLE;
        if (this.vectorised) {
            BalancedTwoLayerGradient kernel = new BalancedTwoLayerGradient(network, data.inputs().data,
                    data.targets().data, samples, threads);
            sum = kernel::accumulate;
        } else if (threads > 1) {
            sum = new ShardedScalarGradient(network, data, threads);
        } else if (vectorised && network.depth() >= 3) {
            sum = new BatchedDeepGradient(network, data);
        } else {
            sum = new ScalarNetworkGradient(network, data);
        }
    }

    /** True when this flow runs the Vector API kernel. */
    public boolean vectorised() {
        return vectorised;
    }

    /** Number of threads that share a step. */
    public int threads() {
        return threads;
    }

    /** The network being trained. */
    public BiasFreeNetwork network() {
        return net;
    }

    @Override
    public int dimension() {
        return net.parameterCount();
    }

    @Override
    public void derivative(double t, double[] params, double[] yDot) {
        sum.accumulate(params, grad, true);
        double scale = 1.0 / (samples * tau);
        for (int i = 0; i < grad.length; i++) {
            yDot[i] = grad[i] * scale;
        }
    }

    @Override
    public double loss(double[] params) {
        return sum.accumulate(params, grad, false) / samples;
    }
}
