package org.neurotheory.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.dln.DeepLinearFlow;
import org.neurotheory.core.dln.LinearRegressionMoments;
import org.neurotheory.core.ode.EulerIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gradient-descent steps per second of core's two-layer linear network flow
 * ({@link DeepLinearFlow}, Euler = GD) on correlated inputs: width = inputs = hidden = outputs.
 * 10 is the size of the theory figures, 100 the top of the EJML range.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class BenchTwoLayerFlow {
    private static final int STEPS = 1000;

    @Param({"10", "100"})
    public int width;

    private DeepLinearFlow flow;
    private double[] y0;
    private TimeGrid grid;

    @Setup
    public void setup() {
        SplittableRandom rng = new SplittableRandom(7);
        DMatrixRMaj x = new DMatrixRMaj(4 * width, width);
        DMatrixRMaj y = new DMatrixRMaj(4 * width, width);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
            y.data[i] = rng.nextGaussian();
        }
        flow = DeepLinearFlow.twoLayer(LinearRegressionMoments.empirical(x, y), width, 1.0);
        y0 = new double[flow.dimension()];
        for (int i = 0; i < y0.length; i++) {
            y0[i] = 1e-3 * rng.nextGaussian();
        }
        grid = new TimeGrid(0, new double[] {STEPS * 0.01});
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public Trajectory gradientDescentSteps() {
        return new EulerIntegrator(0.01).integrate(flow, y0, grid);
    }
}
