package org.neurotheory.examples;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.cortex.experiments.StateRuns;
import org.neurotheory.cortex.experiments.StateSummary;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.theory.MeanField;
import org.neurotheory.cortex.theory.MeanFieldState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * cortex demo (reconstruction of arXiv:1511.00411 on the substitute model SUB-0): runs one input
 * state of the balanced E-I network and prints one row of the §5 table (rates, CV,
 * Fano, spike-count correlation, probe V, synchrony, E/I lag) next to the mean-field rates, and the
 * simulator's wall time per simulated second (the number compared with Brian2 in
 * docs/performance.md). {@code CortexDemo --state B --seconds 10 --scale paper}. jshell:
 * <pre>
 * var runs = new StateRuns(Scale.PAPER, 2);
 * var rec = runs.run(InputState.A, InputParameters.sub0(), 5000, false);
 * StateSummary.of(rec, 500, 1)
 * </pre>
 */
@Command(name = "CortexDemo", mixinStandardHelpOptions = true,
        description = "Run one input state of the cortex substitute network and print its statistics.")
public final class CortexDemo implements Callable<Integer> {
    @Option(names = "--state", description = "input state A, H, B, C or U (default ${DEFAULT-VALUE})")
    InputState state = InputState.A;
    @Option(names = "--seconds", description = "simulated seconds including 0.5 s burn-in (default ${DEFAULT-VALUE})")
    double seconds = 3;
    @Option(names = "--scale", description = "quick (half-size, p = 0.2) or paper (SUB-0) (default ${DEFAULT-VALUE})")
    String scale = "quick";
    @Option(names = "--seed", description = "network and run seed (default ${DEFAULT-VALUE})")
    long seed = 2;

    private PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CortexDemo()).execute(args));
    }

    @Override
    public Integer call() {
        run(out);
        return 0;
    }

    /** Runs the demo, printing to {@code out}; returns the state's summary. */
    StateSummary run(PrintStream out) {
        Scale sc = Scale.parse(scale);
        long t0 = System.nanoTime();
        StateRuns runs = new StateRuns(sc, seed);
        double build = (System.nanoTime() - t0) * 1e-9;
        SimulationRecord r = runs.run(state, InputParameters.sub0(), seconds * 1000, false);
        StateSummary s = StateSummary.of(r, StateRuns.BURN_IN, seed);
        var p = runs.params();
        out.printf("cortex (reconstruction, SUB-0%s): state %s, %.1f s, N_E=%d N_I=%d N_X=%d, %d synapses%n",
                sc == Scale.QUICK ? " reduced" : "", state, seconds, p.nE(), p.nI(), p.nX(),
                runs.connectivity().synapseCount());
        out.printf("rates E %.2f Hz, I %.2f Hz; CV_E %.2f; Fano %.2f; r_sc(50/100 ms) %.3f/%.3f; silent %.3f%n",
                s.nuE(), s.nuI(), s.cvE(), s.fano(), s.rsc50(), s.rsc100(), s.silent());
        out.printf("probe V mean %.2f mV (%.1f mV absolute), s.d. %.2f mV; CC_V peak %.3f; chi %.2f; CC_EI peak %.2f at %+.1f ms%n",
                s.meanV(), s.meanV() - 70, s.sdV(), s.ccVPeak(), s.chi(), s.ccEIPeak(), s.ccEILag());
        if (state == InputState.A || state == InputState.H) {
            double nuX = state == InputState.A ? InputParameters.sub0().baseRate() : InputParameters.sub0().highRate();
            MeanFieldState mf = new MeanField(p, true).solve(nuX);
            out.printf("mean field (Fourcaud-Brunel) at nu_X = %.0f Hz: E %.2f Hz, I %.2f Hz%n", nuX, mf.nuE(), mf.nuI());
        }
        out.printf("wall: network build %.2f s, simulation %.2f s = %.3f s per simulated second%n",
                build, r.wallSeconds(), r.wallSeconds() / seconds);
        return s;
    }
}
