package org.neurotheory.relu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurotheory.core.testing.Assertions.assertClose;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.dln.DeepLinearFlow;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.kernel.ShardWorker;
import org.neurotheory.relu.model.kernel.VectorSupport;

class NetworkGradientFlowTest {

    private static RegressionData data(boolean mirror, int d, SplittableRandom rng) {
        var gen = new SymmetricRegressionGenerator(30, d, false, mirror, 0.3, false);
        return gen.generate(ScalarTarget.linear(new double[] {1, -0.5, 0.2, 0.7}).plus(ScalarTarget.signedSquare(1)), rng);
    }

    /** Central differences have O(h^2) truncation error ~1e-10 here; 1e-7 relative leaves margin for rounding. */
    @ParameterizedTest
    @CsvSource({"0.0,1,true", "0.3,1,false", "1.0,1,true", "0.0,2,true", "0.2,3,false", "0.0,3,true"})
    void gradientMatchesFiniteDifferences(double slope, int hiddenLayers, boolean mirror) {
        SplittableRandom rng = new SplittableRandom(7);
        int[] widths = new int[hiddenLayers + 2];
        widths[0] = 4;
        for (int i = 1; i <= hiddenLayers; i++) {
            widths[i] = i % 2 == 0 ? 3 : 6;
        }
        widths[hiddenLayers + 1] = 1;
        BiasFreeNetwork net = new BiasFreeNetwork(widths, slope);
        RegressionData d = data(mirror, 4, rng);
        assertEquals(mirror, d.mirrored());
        NetworkGradientFlow flow = new NetworkGradientFlow(net, d, 1);
        double[] p = GaussianInitialisation.iid(net, 0.7, rng);
        double[] g = new double[p.length];
        flow.derivative(0, p, g);
        double[] fd = new double[p.length];
        double h = 1e-6;
        for (int i = 0; i < p.length; i++) {
            double[] q = p.clone();
            q[i] += h;
            double up = flow.loss(q);
            q[i] -= 2 * h;
            double down = flow.loss(q);
            fd[i] = -(up - down) / (2 * h);
        }
        assertClose(fd, g, 1e-7, 1e-6, "negative gradient vs finite differences");
    }

    /** The mirrored shortcut must give the same gradient as the plain per-sample pass (rounding only). */
    @Test
    void mirroredShortcutAgreesWithPlainPass() {
        SplittableRandom rng = new SplittableRandom(3);
        BiasFreeNetwork net = new BiasFreeNetwork(new int[] {4, 8, 5, 2}, 0.1);
        var gen = SymmetricRegressionGenerator.whitenedSymmetric(20, 4);
        RegressionData d1 = gen.generate(ScalarTarget.linear(new double[] {1, 2, 3, 4}), rng);
        DMatrixRMaj y2 = new DMatrixRMaj(d1.size(), 2);
        for (int i = 0; i < d1.size(); i++) {
            y2.set(i, 0, d1.targets().get(i, 0));
            y2.set(i, 1, Math.sin(i));
        }
        RegressionData mirrored = new RegressionData(d1.inputs(), y2);
        // swap the first two rows: same samples, no longer in mirrored order
        DMatrixRMaj x = d1.inputs().copy();
        DMatrixRMaj y = y2.copy();
        swapRows(x, 0, 1);
        swapRows(y, 0, 1);
        RegressionData plain = new RegressionData(x, y);
        assertTrue(mirrored.mirrored());
        assertTrue(!plain.mirrored());
        double[] p = GaussianInitialisation.iid(net, 0.5, rng);
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        new NetworkGradientFlow(net, mirrored, 1).derivative(0, p, g1);
        new NetworkGradientFlow(net, plain, 1).derivative(0, p, g2);
        assertClose(g2, g1, 1e-13, 1e-12, "mirrored vs plain gradient");
    }

    /** With slope 1 the network is linear: its flow must equal core's DeepLinearFlow on the empirical moments. */
    @Test
    void linearSlopeEqualsDeepLinearFlow() {
        SplittableRandom rng = new SplittableRandom(11);
        BiasFreeNetwork net = new BiasFreeNetwork(new int[] {4, 6, 5, 1}, 1);
        RegressionData d = data(true, 4, rng);
        double[] p = GaussianInitialisation.iid(net, 0.4, rng);
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        new NetworkGradientFlow(net, d, 2).derivative(0, p, g1);
        DeepLinearFlow lin = new DeepLinearFlow(d.moments(), new int[] {6, 5}, 2);
        lin.derivative(0, p, g2);
        assertClose(g2, g1, 1e-13, 1e-11, "relu(slope 1) vs DeepLinearFlow");
        assertEquals(lin.loss(p), new NetworkGradientFlow(net, d, 2).loss(p), 1e-13);
    }

    /**
     * The Vector API kernel (fused multiply-adds, another summation order) against the scalar pass:
     * only rounding differs, ~1e-16 per operation over 37 samples x at most 100 hidden units, so 1e-12.
     * Odd sizes exercise the padding of samples (37, not a multiple of 16), inputs (not of 5) and hidden
     * units (not of the lane count; odd and even numbers of lane groups).
     */
    @ParameterizedTest
    @CsvSource({"0.0,3,23,1", "0.25,5,17,3", "1.0,1,1,1", "0.0,10,100,1", "0.5,7,48,2", "0.1,12,16,1"})
    void vectorKernelAgreesWithScalarPass(double slope, int inputs, int hidden, int outputs) {
        assertTrue(VectorSupport.AVAILABLE, "the build runs tests with --add-modules jdk.incubator.vector");
        SplittableRandom rng = new SplittableRandom(5);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(inputs, hidden, outputs, slope);
        RegressionData d = randomData(37, inputs, outputs, rng);
        double[] p = GaussianInitialisation.iid(net, 0.6, rng);
        NetworkGradientFlow fast = new NetworkGradientFlow(net, d, 1);
        NetworkGradientFlow scalar = new NetworkGradientFlow(net, d, 1, 1, false);
        assertTrue(fast.vectorised());
        assertTrue(!scalar.vectorised());
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        fast.derivative(0, p, g1);
        scalar.derivative(0, p, g2);
        assertClose(g2, g1, 1e-12, 1e-12, "vector vs scalar gradient");
        assertEquals(scalar.loss(p), fast.loss(p), 1e-12);
    }

    /**
     * The batched pass of deep networks (BLAS products over all samples, another summation order)
     * against the scalar pass: only rounding differs, so 1e-12 as for the vector kernel. Mirrored and
     * plain data, depths 3-5, leaky and plain ReLU, a zero pre-activation (a unit with zero incoming
     * weights takes the derivative alpha on both paths).
     */
    @ParameterizedTest
    @CsvSource({"0.0,3,true", "0.2,3,false", "0.0,4,true", "0.1,5,false", "1.0,4,true"})
    void batchedDeepPassAgreesWithScalarPass(double slope, int depth, boolean mirror) {
        SplittableRandom rng = new SplittableRandom(9);
        int[] widths = new int[depth + 1];
        Arrays.fill(widths, 11);
        widths[0] = 4;
        widths[depth] = 2;
        BiasFreeNetwork net = new BiasFreeNetwork(widths, slope);
        RegressionData d = mirror ? data(true, 4, rng) : randomData(37, 4, 1, rng);
        if (d.outputDimension() != 2) {
            DMatrixRMaj y = new DMatrixRMaj(d.size(), 2);
            for (int i = 0; i < d.size(); i++) {
                y.set(i, 0, d.targets().get(i, 0));
                y.set(i, 1, Math.cos(i) * (mirror && i >= d.size() / 2 ? -1 : 1));
            }
            d = new RegressionData(d.inputs(), y);
        }
        assertEquals(mirror, d.mirrored());
        double[] p = GaussianInitialisation.iid(net, 0.6, rng);
        Arrays.fill(p, net.offset(2), net.offset(2) + widths[1], 0.0);
        NetworkGradientFlow batched = new NetworkGradientFlow(net, d, 1);
        NetworkGradientFlow scalar = new NetworkGradientFlow(net, d, 1, 1, false);
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        for (int call = 0; call < 2; call++) { // a second call reuses the work arrays
            batched.derivative(0, p, g1);
            scalar.derivative(0, p, g2);
            assertClose(g2, g1, 1e-12, 1e-12, "batched vs scalar gradient, call " + call);
            assertEquals(scalar.loss(p), batched.loss(p), 1e-12 * scalar.loss(p));
            p[3] += 0.1;
        }
    }

    /**
     * Pre-activations that are exactly zero (a hidden unit with zero incoming weights, a sample at the
     * origin) take the derivative {@code alpha} on both paths, as {@code z <= 0} does in the scalar
     * pass; the vector kernel's bit-level ReLU must not treat +0 as positive. Same tolerance as above.
     */
    @ParameterizedTest
    @CsvSource({"0.0", "0.3"})
    void vectorKernelTreatsZeroPreActivationsLikeScalarPass(double slope) {
        SplittableRandom rng = new SplittableRandom(6);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(4, 9, 1, slope);
        RegressionData d = randomData(21, 4, 1, rng);
        Arrays.fill(d.inputs().data, 0, 4, 0.0);
        double[] p = GaussianInitialisation.iid(net, 0.6, rng);
        Arrays.fill(p, 8, 12, 0.0);
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        new NetworkGradientFlow(net, d, 1).derivative(0, p, g1);
        new NetworkGradientFlow(net, d, 1, 1, false).derivative(0, p, g2);
        assertClose(g2, g1, 1e-12, 1e-12, "vector vs scalar gradient with zero pre-activations");
        if (slope == 0) {
            assertEquals(0.0, g1[8], 0.0, "a plain-ReLU unit with zero incoming weights gets no first-layer gradient");
        } else {
            assertTrue(g1[8] != 0, "a leaky unit with zero incoming weights still learns, at rate alpha");
        }
    }

    /**
     * "Allocates nothing per call": once C2 has compiled the kernel, a step allocates nothing. If a
     * vector operation is not intrinsified (a method past C2's inlining budget, say), every vector is
     * boxed and a step allocates kilobytes, running several times slower; this catches that. Rounds of
     * 100 steps run until one allocates under 1 kB (the bean's own bookkeeping), for at most 30 s.
     */
    @Test
    void vectorKernelStopsAllocatingOnceCompiled() {
        SplittableRandom rng = new SplittableRandom(8);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(10, 100, 1, 0.0);
        assertStopsAllocating(new NetworkGradientFlow(net, randomData(160, 10, 1, rng), 1), GaussianInitialisation.iid(net, 0.3, rng));
    }

    /**
     * The batched pass of deep networks allocates nothing per step either: its BLAS calls take pointers
     * looked up once (a lookup per call allocated about 5 kB a step).
     */
    @Test
    void batchedDeepPassStopsAllocatingOnceCompiled() {
        SplittableRandom rng = new SplittableRandom(8);
        BiasFreeNetwork net = new BiasFreeNetwork(new int[] {4, 30, 30, 30, 1}, 0.0);
        assertStopsAllocating(new NetworkGradientFlow(net, data(true, 4, rng), 1), GaussianInitialisation.iid(net, 0.3, rng));
    }

    /** Rounds of 100 steps until one allocates under 1 kB (the bean's own bookkeeping), for at most 30 s. */
    private static void assertStopsAllocating(NetworkGradientFlow flow, double[] p) {
        var bean = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] g = new double[p.length];
        long thread = Thread.currentThread().getId();
        long deadline = System.nanoTime() + 30_000_000_000L;
        long allocated;
        do {
            long before = bean.getThreadAllocatedBytes(thread);
            for (int k = 0; k < 100; k++) {
                flow.derivative(0, p, g);
            }
            allocated = bean.getThreadAllocatedBytes(thread) - before;
        } while (allocated >= 1024 && System.nanoTime() < deadline);
        assertTrue(allocated < 1024, "bytes allocated by 100 compiled steps: " + allocated);
    }

    /** Shards add the same per-sample terms in another grouping: equal up to rounding, and repeatable bytes. */
    @ParameterizedTest
    @CsvSource({"2,false,2", "3,true,2", "2,true,3"})
    void shardedFlowAgreesWithOneThread(int threads, boolean mirror, int hiddenLayers) {
        SplittableRandom rng = new SplittableRandom(9);
        int[] widths = new int[hiddenLayers + 2];
        Arrays.fill(widths, 7);
        widths[0] = 4;
        widths[hiddenLayers + 1] = 1;
        BiasFreeNetwork net = new BiasFreeNetwork(widths, 0.1);
        RegressionData d = data(mirror, 4, rng);
        double[] p = GaussianInitialisation.iid(net, 0.5, rng);
        NetworkGradientFlow sharded = new NetworkGradientFlow(net, d, 1, threads);
        assertEquals(threads, sharded.threads());
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        double[] g3 = new double[p.length];
        sharded.derivative(0, p, g1);
        new NetworkGradientFlow(net, d, 1).derivative(0, p, g2);
        assertClose(g2, g1, 1e-13, 1e-12, "sharded vs one-thread gradient");
        assertEquals(new NetworkGradientFlow(net, d, 1).loss(p), sharded.loss(p), 1e-13);
        sharded.derivative(0, p, g3);
        Assertions.assertArrayEquals(g1, g3, "same thread count, same bytes");
    }

    /**
     * Two-layer flows on the vector kernel sum the samples in units fixed by the sample count, which
     * the threads claim on the fly ({@link org.neurotheory.relu.model.kernel.BalancedTwoLayerGradient}): one, two or three threads give
     * the same bytes, in every step whichever thread happened to take which unit, and 300 samples
     * (19 chunks) make three units of unequal size.
     */
    @ParameterizedTest
    @CsvSource({"0.0,1", "0.2,2", "0.0,2"})
    void vectorFlowGivesTheSameBytesOnAnyNumberOfThreads(double slope, int outputs) {
        SplittableRandom rng = new SplittableRandom(10);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(6, 20, outputs, slope);
        RegressionData d = randomData(300, 6, outputs, rng);
        double[] p = GaussianInitialisation.iid(net, 0.5, rng);
        double[] one = new double[p.length];
        NetworkGradientFlow single = new NetworkGradientFlow(net, d, 1, 1);
        assertTrue(single.vectorised());
        single.derivative(0, p, one);
        for (int threads = 2; threads <= 3; threads++) {
            NetworkGradientFlow balanced = new NetworkGradientFlow(net, d, 1, threads);
            assertEquals(threads, balanced.threads());
            assertEquals(single.loss(p), balanced.loss(p), 0.0, threads + " threads, loss");
            double[] again = new double[p.length];
            for (int k = 0; k < 100; k++) {
                balanced.derivative(0, p, again);
                Assertions.assertArrayEquals(one, again, threads + " threads, step " + k);
            }
        }
    }

    /**
     * With more busy threads than cores, the flow's workers lose their cores in the middle of units and
     * the calling thread computes those units itself ({@link org.neurotheory.relu.model.kernel.BalancedTwoLayerGradient}).
     * Steps that alternate between the loss and the gradient and between two parameter arrays (as an
     * RK4 integrator would) must still give exactly the one-thread bytes, whichever copy of a unit
     * was published first and however late a worker wakes up.
     */
    @Test
    void vectorFlowKeepsItsBytesWhenWorkersLoseTheirCores() throws InterruptedException {
        SplittableRandom rng = new SplittableRandom(15);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(8, 40, 1, 0.0);
        RegressionData d = randomData(1000, 8, 1, rng);
        double[] pa = GaussianInitialisation.iid(net, 0.5, rng);
        double[] pb = GaussianInitialisation.iid(net, 0.5, rng);
        NetworkGradientFlow single = new NetworkGradientFlow(net, d, 1, 1);
        double[] ga = new double[pa.length];
        double[] gb = new double[pa.length];
        single.derivative(0, pa, ga);
        single.derivative(0, pb, gb);
        double la = single.loss(pa);
        double lb = single.loss(pb);
        NetworkGradientFlow shared = new NetworkGradientFlow(net, d, 1, 2);
        AtomicBoolean stop = new AtomicBoolean();
        int busy = 2 * Runtime.getRuntime().availableProcessors();
        Thread[] hogs = new Thread[busy];
        for (int i = 0; i < busy; i++) {
            hogs[i] = new Thread(() -> {
                double s = 0;
                while (!stop.get()) {
                    s += Math.sqrt(s + 1);
                }
            });
            hogs[i].setDaemon(true);
            hogs[i].start();
        }
        try {
            double[] g = new double[pa.length];
            for (int k = 0; k < 2000; k++) {
                boolean a = k % 2 == 0;
                if (k % 3 == 0) {
                    assertEquals(a ? la : lb, shared.loss(a ? pa : pb), 0.0, "loss, step " + k);
                } else {
                    shared.derivative(0, a ? pa : pb, g);
                    Assertions.assertArrayEquals(a ? ga : gb, g, "gradient, step " + k);
                }
            }
        } finally {
            stop.set(true);
            for (Thread h : hogs) {
                h.join();
            }
        }
    }

    /** The default thread count: one per four 128-sample units on the vector kernel, else one. */
    @Test
    void defaultThreadsFollowTheWorkNotTheMachineAlone() {
        BiasFreeNetwork two = BiasFreeNetwork.twoLayer(3, 9, 1, 0);
        SplittableRandom rng = new SplittableRandom(14);
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(1, NetworkGradientFlow.defaultThreads(two, randomData(500, 3, 1, rng)), "4 units: one thread");
        assertEquals(Math.min(cores, 2), NetworkGradientFlow.defaultThreads(two, randomData(1000, 3, 1, rng)), "8 units");
        BiasFreeNetwork deep = new BiasFreeNetwork(new int[] {3, 5, 5, 1}, 0);
        assertEquals(1, NetworkGradientFlow.defaultThreads(deep, randomData(5000, 3, 1, rng)), "scalar pass");
    }

    /** Shard workers exit after a second idle; the next step starts new ones and gives the same bytes. */
    @Test
    void shardedFlowRestartsIdleWorkers() throws InterruptedException {
        SplittableRandom rng = new SplittableRandom(13);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(3, 9, 1, 0);
        RegressionData d = randomData(40, 3, 1, rng);
        double[] p = GaussianInitialisation.iid(net, 0.5, rng);
        NetworkGradientFlow flow = new NetworkGradientFlow(net, d, 1, 2);
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        flow.derivative(0, p, g1);
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ShardWorker.IDLE_NANOS) + 300);
        flow.derivative(0, p, g2);
        Assertions.assertArrayEquals(g1, g2);
    }

    private static RegressionData randomData(int samples, int inputs, int outputs, SplittableRandom rng) {
        DMatrixRMaj x = new DMatrixRMaj(samples, inputs);
        DMatrixRMaj y = new DMatrixRMaj(samples, outputs);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = rng.nextGaussian();
        }
        return new RegressionData(x, y);
    }

    private static void swapRows(DMatrixRMaj m, int a, int b) {
        for (int j = 0; j < m.numCols; j++) {
            double t = m.get(a, j);
            m.set(a, j, m.get(b, j));
            m.set(b, j, t);
        }
    }
}
