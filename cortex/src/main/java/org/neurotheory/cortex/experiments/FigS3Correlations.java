package org.neurotheory.cortex.experiments;

import java.util.Arrays;
import java.util.List;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.theory.InputTracking;
import org.neurotheory.cortex.theory.MeanField;

/**
 * Fig-S3 (reconstruction): weak to strong correlations set by the input structure, states A, H, B,
 * U on one network. Mirrors Lampl et al. 1999, Poulet and Petersen 2008 (synchronous V_m in quiet
 * or anaesthetised cortex) and Renart et al. 2010. Carries the r_sc part of check 11 and
 * the linear-tracking covariance of §3.5 for a = 0.6 (the a-sweep is Fig-S7c).
 */
public final class FigS3Correlations implements FigureSpec {
    /**
     * Settings.
     *
     * @param network the network (quick: the reduced network; paper: SUB-0)
     * @param durationMs simulated time per state (ms)
     * @param durationBMs simulated time of state B (ms)
     */
    public record Params(NetworkParameters network, double durationMs, double durationBMs) {
        public Params {
            Require.nonNull("network", network);
            Require.positive("durationMs", durationMs);
            Require.positive("durationBMs", durationBMs);
        }

        /** The full SUB-0 network. */
        public static Params paper() {
            return new Params(NetworkParameters.sub0(), 10000.0, 10000.0);
        }

        /** The reduced network (half-size populations, same in-degrees). */
        public static Params quick() {
            return new Params(NetworkParameters.quick(), 8000.0, 20000.0);
        }
    }

    private static final InputState[] STATES = {InputState.A, InputState.H, InputState.B, InputState.U};

    @Override
    public String key() {
        return "figs3";
    }

    @Override
    public String title() {
        return "Fig-S3 (reconstruction): weak to strong correlations by input structure (A, H, B, U)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params settings = scale.pick(Params.quick(), Params.paper());
        StateRuns runs = new StateRuns(settings.network(), seed);
        double duration = settings.durationMs();
        // state B carries the covariance check, whose error falls as 1/sqrt(run length): 20 s at quick scale
        double durationB = settings.durationBMs();
        InputParameters in = InputParameters.sub0();
        FigureData data = new FigureData(title()).parameters(runs.params()).parameter("durationMs", duration)
                .parameter("durationMsB", durationB)
                .parameter("scale", scale.toString());
        double dt = runs.params().dt();
        Panel rasters = data.panel("a", "time (s)", "neuron (B: 0-199, U: 250-449)").title("a", "E rasters in states B and U");
        Panel traces = data.panel("b", "time (s)", "probe V (mV), states offset by 40 mV")
                .title("b", "two probe neurons per state");
        StateSummary[] s = new StateSummary[STATES.length];
        // the four states run and are summarised at the same time, one per processor (the same numbers as
        // one after another)
        List<Summarised> runsDone = runs.runAll(Arrays.stream(STATES)
                .map(st -> new StateRuns.Run(st, in, st == InputState.B ? durationB : duration, false)).toList(),
                r -> new Summarised(r, StateSummary.of(r, StateRuns.BURN_IN, seed)));
        for (int k = 0; k < STATES.length; k++) {
            SimulationRecord r = runsDone.get(k).record();
            s[k] = runsDone.get(k).summary();
            int from = r.stepAt(StateRuns.BURN_IN);
            int ps = r.probes().sampleAt(StateRuns.BURN_IN);
            double shift = SpikePanels.REST + 40 * k;
            SpikePanels.trace(traces, STATES[k] + " probe 0", r.probes().v()[0], ps, ps + 4000, r.probes().sampleInterval(), shift);
            SpikePanels.trace(traces, STATES[k] + " probe 1", r.probes().v()[1], ps, ps + 4000, r.probes().sampleInterval(), shift);
            if (STATES[k] == InputState.B || STATES[k] == InputState.U) {
                SpikePanels.raster(rasters, STATES[k].name(), r.excitatory(), 200, STATES[k] == InputState.B ? 0 : 250,
                        from, Math.min(r.steps(), from + (int) Math.round(2000 / dt)), dt);
            }
            data.parameter("summary " + STATES[k], s[k].toString());
        }
        double[] x = Curves.steps(STATES.length);
        double[] rsc = new double[STATES.length];
        double[] ccv = new double[STATES.length];
        double[] chi = new double[STATES.length];
        for (int k = 0; k < STATES.length; k++) {
            rsc[k] = s[k].rsc100();
            ccv[k] = s[k].ccVPeak();
            chi[k] = s[k].chi();
        }
        data.panel("c", "input state", "correlation").title("c", "correlations by input state").markers("r_sc (100 ms)", x, rsc)
                .markers("CC_V peak", x, ccv).markers("chi", x, chi).categoriesX("A", "H", "B", "U");

        // check 11 (r_sc): A, H < 0.01 < B < U
        data.check(Check.atMost("r_sc(100 ms) A < 0.01", 0.01, s[0].rsc100(), 0));
        data.check(Check.atMost("r_sc(100 ms) H < 0.01", 0.01, s[1].rsc100(), 0));
        data.check(Check.holds("r_sc(100 ms): 0.01 < B < U", 0.01 < s[2].rsc100() && s[2].rsc100() < s[3].rsc100()));
        // "A ~ H << B < U" for V synchrony: A and H below a quarter of B (reference simulation: 0.023, 0.019 vs 0.47)
        data.check(Check.atMost("CC_V peak A < B/4", s[2].ccVPeak() / 4, s[0].ccVPeak(), 0));
        data.check(Check.atMost("CC_V peak H < B/4", s[2].ccVPeak() / 4, s[1].ccVPeak(), 0));
        data.check(Check.holds("chi: A, H < B and A, H < U",
                Math.max(s[0].chi(), s[1].chi()) < Math.min(s[2].chi(), s[3].chi())));
        if (scale == Scale.PAPER) {
            data.check(Check.atMost("CC_V peak A < 0.05 (check 11)", 0.05, s[0].ccVPeak(), 0));
            data.check(Check.atMost("CC_V peak H < 0.05 (check 11)", 0.05, s[1].ccVPeak(), 0));
        }
        // Section 3.5: mean pairwise covariance of 100 ms counts tracks the shared input, c = S(T_w).
        double gain = new MeanField(runs.params(), true).gains(in.baseRate(), 1)[0];
        double predicted = InputTracking.sharedCountVariance(gain, in.ouAmplitude(), in.baseRate(), in.ouTau(), 100);
        data.check(TrackingCheck.of("state B: mean count covariance (100 ms) vs linear tracking", predicted,
                s[2].cov100(), in.ouTau(), durationB, TrackingCheck.MODEL_ERROR));
        data.parameter("trackingGainA_E", gain);
        return data;
    }

    /** A state's run and its summary. */
    private record Summarised(SimulationRecord record, StateSummary summary) {
    }
}
