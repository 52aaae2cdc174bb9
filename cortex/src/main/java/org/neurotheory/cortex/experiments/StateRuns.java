package org.neurotheory.cortex.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.Sweep;
import org.neurotheory.cortex.model.CorticalNetwork;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.SparseConnectivity;

/**
 * Runs input states on one network, as the reference simulation does (one network seed for all
 * states). Quick scale uses the reduced network of §6 (half-size populations, p = 0.2,
 * same in-degrees); paper scale uses SUB-0. The burn-in is 0.5 ms-resolved 500 ms at both scales.
 */
public final class StateRuns {
    /** Burn-in discarded before every statistic (ms). */
    public static final double BURN_IN = 500;
    /** Probe sampling interval in steps (0.5 ms). */
    public static final int PROBE_EVERY = 5;

    private final CorticalNetwork network;
    private final long seed;

    /** A network for the scale, its connectivity drawn from {@code seed}. */
    public StateRuns(Scale scale, long seed) {
        this(scale.pick(NetworkParameters.quick(), NetworkParameters.sub0()), seed);
    }

    /** A network with explicit parameters. */
    public StateRuns(NetworkParameters params, long seed) {
        this.network = new CorticalNetwork(Require.nonNull("params", params), Seeds.derive(seed, 10));
        this.seed = seed;
    }

    /** The network's connectivity. */
    public SparseConnectivity connectivity() {
        return network.connectivity();
    }

    /** The network parameters. */
    public NetworkParameters params() {
        return network.params();
    }

    /**
     * The seeds of one run.
     *
     * @param inputNoise   seed of the input process (the random rate of states B and U)
     * @param networkNoise seed of the network's initial conditions and its X spikes
     */
    public record RunSeeds(long inputNoise, long networkNoise) {
    }

    /**
     * The seeds {@link #run(InputState, InputParameters, double, boolean)} uses: both derive from the
     * root seed, the state and the input constants (one value for both, as the figures ran), so
     * different states get independent noise.
     */
    public RunSeeds defaultSeeds(InputState state, InputParameters input) {
        Require.nonNull("state", state);
        Require.nonNull("input", input);
        long s = Seeds.derive(seed, 20, state.ordinal(), Double.doubleToLongBits(input.ouAmplitude())
                ^ Double.doubleToLongBits(input.baseRate()));
        return new RunSeeds(s, s);
    }

    /** Runs one state for {@code durationMs} with {@link #defaultSeeds}. */
    public SimulationRecord run(InputState state, InputParameters input, double durationMs, boolean recordX) {
        return run(state, input, durationMs, recordX, defaultSeeds(state, input));
    }

    /** One run of {@link #runAll}: an input state, its input constants, its length, and whether X spikes are recorded. */
    public record Run(InputState state, InputParameters input, double durationMs, boolean recordX) {
        public Run {
            Require.nonNull("state", state);
            Require.nonNull("input", input);
            Require.that(durationMs > BURN_IN + 100, "durationMs", durationMs, "must exceed burn-in + 100 ms");
        }
    }

    /**
     * Runs every one of {@code runs} on this network with {@link #defaultSeeds} and applies
     * {@code analysis} to each record, one run per processor at a time (the longest start first); each
     * run gets a state of its own ({@link CorticalNetwork#withOwnState}) on the shared connectivity,
     * and is analysed on the thread that ran it. The results come back in the order of {@code runs}
     * and are the same as running and analysing them one after another, whatever the number of
     * processors ({@code analysis} must depend on its record only).
     */
    public <R> List<R> runAll(List<Run> runs, Function<SimulationRecord, R> analysis) {
        Require.nonNull("runs", runs);
        Require.nonNull("analysis", analysis);
        List<Integer> longestFirst = IntStream.range(0, runs.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> runs.get(k).durationMs()).reversed()).toList();
        List<R> results = new ArrayList<>(Collections.nCopies(runs.size(), null));
        for (Sweep.Row<Integer, R> row : Sweep.run(longestFirst, seed, (k, unused) -> {
            Run r = runs.get(k);
            return analysis.apply(run(network.withOwnState(), r.state(), r.input(), r.durationMs(), r.recordX(),
                    defaultSeeds(r.state(), r.input())));
        })) {
            results.set(row.point(), row.result());
        }
        return results;
    }

    /**
     * Runs one state for {@code durationMs} with explicit seeds: e.g. the same input realisation with
     * fresh network noise (vary {@code networkNoise} only), or the reverse.
     */
    public SimulationRecord run(InputState state, InputParameters input, double durationMs, boolean recordX,
                                RunSeeds seeds) {
        return run(network, state, input, durationMs, recordX, seeds);
    }

    private SimulationRecord run(CorticalNetwork on, InputState state, InputParameters input, double durationMs,
                                 boolean recordX, RunSeeds seeds) {
        Require.that(durationMs > BURN_IN + 100, "durationMs", durationMs, "must exceed burn-in + 100 ms");
        Require.nonNull("seeds", seeds);
        int steps = (int) Math.round(durationMs / params().dt());
        return on.run(state.profile(steps, params().dt(), input, seeds.inputNoise()), recordX, PROBE_EVERY,
                seeds.networkNoise());
    }
}
