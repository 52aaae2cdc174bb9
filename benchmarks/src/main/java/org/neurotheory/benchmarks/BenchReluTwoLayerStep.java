package org.neurotheory.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.neurotheory.relu.data.ScalarTarget;
import org.neurotheory.relu.data.SymmetricRegressionGenerator;
import org.neurotheory.relu.model.BiasFreeNetwork;
import org.neurotheory.relu.model.GaussianInitialisation;
import org.neurotheory.relu.model.NetworkGradientFlow;
import org.neurotheory.relu.model.RegressionData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full-batch gradient-descent step of relu's bias-free two-layer ReLU network (D = 10, H = 100,
 * one output, P samples with target {@code x_1} plus noise, fan-in initialisation, learning rate
 * 0.01, seed 0): the configuration of relu/src/test/python/torch_two_layer_step.py. Sample-time
 * mode, so the report carries the step-time percentiles as well as the mean.
 *
 * <p>{@code busyProcesses} starts that many busy-loop processes ({@code sh -c "while :; do :; done"})
 * for the trial, to measure the step when other work shares the cores: a step on two threads should
 * never be slower than on one. Run: {@code java -jar benchmarks/target/benchmarks.jar BenchReluTwoLayerStep}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--add-modules", "jdk.incubator.vector"})
public class BenchReluTwoLayerStep {
    private static final double LEARNING_RATE = 0.01;

    @Param({"1", "2"})
    public int threads;

    @Param({"1000"})
    public int samples;

    @Param({"0", "2"})
    public int busyProcesses;

    private NetworkGradientFlow flow;
    private double[] params;
    private double[] grad;
    private final List<Process> busy = new ArrayList<>();

    @Setup(Level.Trial)
    public void setup() throws IOException {
        SplittableRandom rng = new SplittableRandom(0);
        RegressionData data = new SymmetricRegressionGenerator(samples, 10, false, false, 0.5, false)
                .generate(ScalarTarget.linear(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}), rng);
        BiasFreeNetwork net = BiasFreeNetwork.twoLayer(10, 100, 1, 0.0);
        flow = new NetworkGradientFlow(net, data, 1, threads);
        params = GaussianInitialisation.fanIn(net, new double[] {1, 1}, rng);
        grad = new double[params.length];
        for (int i = 0; i < busyProcesses; i++) {
            busy.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
        }
    }

    @TearDown(Level.Trial)
    public void stopBusyProcesses() throws InterruptedException {
        for (Process p : busy) {
            p.destroyForcibly().waitFor();
        }
        busy.clear();
    }

    @Benchmark
    public double gradientDescentStep() {
        flow.derivative(0, params, grad);
        for (int i = 0; i < params.length; i++) {
            params[i] += LEARNING_RATE * grad[i];
        }
        return params[0];
    }
}
