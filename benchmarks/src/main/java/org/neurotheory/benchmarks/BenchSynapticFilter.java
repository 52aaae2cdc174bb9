package org.neurotheory.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.neurotheory.synaptic.data.PresynapticRates;
import org.neurotheory.synaptic.model.BayesianSynapseFilter;
import org.neurotheory.synaptic.model.Delivery;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.model.SynapticSimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time steps per second of the synaptic-sampling model with N = 1000 synapses (module
 * {@code synaptic}, successor defaults: dt = 10 ms, tau = 1000 s, median rate 1 Hz); multiply by
 * 1000 for synapse-steps per second. {@code simulationSteps}: the whole loop of
 * {@link SynapticSimulation} (spikes, drifting targets, sampled PSPs, error, filter);
 * {@code filterSteps}: the per-synapse Bayesian filter alone
 * ({@link BayesianSynapseFilter#step}) on pre-drawn spike patterns and noise, learning fixed
 * targets (error = sum of active target-minus-mean + noise, constant sigma_delta^2).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class BenchSynapticFilter {
    private static final int STEPS = 10_000;
    private static final int PATTERNS = 4096;

    private SynapticSimulation simulation;
    private BayesianSynapseFilter filter;
    private int[][] active;
    private int[] counts;
    private double[] errors;
    private double[] targets;
    private int next;

    @Setup
    public void setup() {
        SynapticParameters p = SynapticParameters.paper();
        simulation = new SynapticSimulation(p, Delivery.SAMPLING, 1);
        simulation.advance(2 * Math.round(p.tau() / p.dt())); // past the exact-error-variance phase
        int n = p.synapses();
        SplittableRandom rng = new SplittableRandom(2);
        double[] rates = PresynapticRates.draw(n, p.log10RateSd(), p.dt(), rng);
        double[] mu0 = new double[n];
        double[] s0 = new double[n];
        for (int i = 0; i < n; i++) {
            mu0[i] = p.muPrior();
            s0[i] = p.sigma2Prior();
        }
        filter = new BayesianSynapseFilter(mu0, s0, p.muPrior(), p.sigma2Prior(), p.dt(), p.tau());
        active = new int[PATTERNS][n];
        counts = new int[PATTERNS];
        errors = new double[PATTERNS];
        for (int k = 0; k < PATTERNS; k++) {
            for (int i = 0; i < n; i++) {
                if (rng.nextDouble() < rates[i] * p.dt()) {
                    active[k][counts[k]++] = i;
                }
            }
            errors[k] = p.sigma0() * rng.nextGaussian();
        }
        targets = new double[n];
        for (int i = 0; i < n; i++) {
            targets[i] = Math.exp(p.muPrior() + Math.sqrt(p.sigma2Prior()) * rng.nextGaussian());
        }
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public long simulationSteps() {
        simulation.advance(STEPS);
        return simulation.stepCount();
    }

    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double filterSteps() {
        for (int k = 0; k < STEPS; k++) {
            int j = next;
            int[] a = active[j];
            double delta = errors[j]; // fixed targets, PSP = belief mean: a closed loop that stays finite
            for (int c = 0; c < counts[j]; c++) {
                delta += targets[a[c]] - filter.mean(a[c]);
            }
            filter.step(a, counts[j], delta, 4.78);
            next = (j + 1) & (PATTERNS - 1);
        }
        return filter.mu(0);
    }
}
