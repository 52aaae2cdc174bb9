package org.neurotheory.cortex.experiments;

import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.analysis.SpikeStatistics;
import org.neurotheory.cortex.model.analysis.VolleyPsth;

/**
 * Fig-S4 (reconstruction): temporal precision in state C (synchronous input volleys). Mirrors
 * thalamocortical synchrony (Bruno and Sakmann 2006; Wang et al. 2010) and inhibition-enforced
 * timing (Pouille and Scanziani 2001; Wehr and Zador 2003). Carries check 12.
 */
public final class FigS4Precision implements FigureSpec {
    /** Quick: the reduced network, 6 s of simulated time. */
    public static final NetworkRun QUICK = NetworkRun.reduced(6000.0);

    /** Paper: the full SUB-0 network, 10 s of simulated time. */
    public static final NetworkRun PAPER = NetworkRun.sub0(10000.0);

    @Override
    public String key() {
        return "figs4";
    }

    @Override
    public String title() {
        return "Fig-S4 (reconstruction): precise responses to input volleys (state C)";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        NetworkRun settings = scale.pick(QUICK, PAPER);
        StateRuns runs = new StateRuns(settings.network(), seed);
        double duration = settings.durationMs();
        InputParameters in = InputParameters.sub0();
        SimulationRecord r = runs.run(InputState.C, in, duration, true);
        double dt = runs.params().dt();
        FigureData data = new FigureData(title()).parameters(runs.params()).parameters(in)
                .parameter("durationMs", duration).parameter("scale", scale.toString());
        double[] volleys = InputState.volleyTimes(r.steps(), dt, in);
        int from = r.stepAt(StateRuns.BURN_IN);

        Panel a = data.panel("a", "time (s)", "neuron (E 0-199, I 200-249)").title("a", "raster around a volley");
        int v0 = (int) Math.round(volleys[0] / dt);
        SpikePanels.raster(a, "E", r.excitatory(), 200, 0, v0 - 500, v0 + 2000, dt);
        SpikePanels.raster(a, "I", r.inhibitory(), 50, 200, v0 - 500, v0 + 2000, dt);

        VolleyPsth x = VolleyPsth.ofVolleyTimesMs(r.external(), volleys, dt, 0.25, -20, 40, r.steps());
        VolleyPsth e = VolleyPsth.ofVolleyTimesMs(r.excitatory(), volleys, dt, 0.25, -20, 40, r.steps());
        VolleyPsth i = VolleyPsth.ofVolleyTimesMs(r.inhibitory(), volleys, dt, 0.25, -20, 40, r.steps());
        data.panel("b", "time from volley centre (ms)", "rate per neuron (Hz)").title("b", "volley-triggered rates")
                .line("E", e.times(), e.rate()).line("I", i.times(), i.rate()).line("X", x.times(), x.rate());

        data.parameter("E peak latency (ms)", e.peakLatency()).parameter("E FWHM (ms)", e.fwhm())
                .parameter("X FWHM (ms)", x.fwhm()).parameter("I peak latency (ms)", i.peakLatency())
                .parameter("E baseline (Hz)", e.baseline()).parameter("E post-volley 8-25 ms (Hz)", e.meanRate(8, 25));
        // check 12; the ranges absorb the +-1-step ambiguities of the update schedule (§2.6)
        data.check(Check.absolute("E PSTH peak latency in [0.5, 2.0] ms", 1.25, e.peakLatency(), 0.75));
        data.check(Check.atMost("E FWHM <= X FWHM (sharpening)", x.fwhm(), e.fwhm(), 0));
        data.check(Check.atMost("post-volley E rate (8-25 ms) < 0.3 x baseline", 0.3 * e.baseline(), e.meanRate(8, 25), 0));
        // reference simulation: I peaks ~0.5 ms after E; PSTH bins are 0.25 ms, so "after" means >= one bin later
        data.check(Check.absolute("I peak 0-1.5 ms after the E peak", 0.75, i.peakLatency() - e.peakLatency(), 0.75));
        double cv = SpikeStatistics.mean(SpikeStatistics.cvs(r.excitatory(), from, r.steps(), 11));
        data.check(Check.atLeast("irregular background: mean CV_E >= 0.7 (reference simulation 0.87)", 0.7, cv, 0));
        return data;
    }
}
