package org.neurotheory.cortex.experiments;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Role;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.theory.BalancedState;
import org.neurotheory.cortex.theory.FreeMembranePotential;
import org.neurotheory.cortex.theory.InputTracking;
import org.neurotheory.cortex.theory.MeanField;
import org.neurotheory.cortex.theory.MeanFieldState;

/**
 * Fig-S7 (reconstruction): theory against simulation. (a) E and I rates against the external rate:
 * mean field (§3.2), the balanced line (3.1) and simulation; (b) probe V mean and s.d. against
 * Campbell (3.4); (c) mean pairwise count covariance against the modulation depth a with the
 * linear-tracking prediction (3.5); (d) pair-averaged r_sc with the naive formula, which it falls
 * short of (rate heterogeneity). Carries check 8.
 */
public final class FigS7TheoryVsSimulation implements FigureSpec {
    /**
     * Settings.
     *
     * @param network the network (quick: the reduced network; paper: SUB-0)
     * @param sweepMs simulated time per input rate (ms)
     * @param modulationMs simulated time per modulation amplitude (ms)
     */
    public record Params(NetworkParameters network, double sweepMs, double modulationMs) {
        public Params {
            Require.nonNull("network", network);
            Require.positive("sweepMs", sweepMs);
            Require.positive("modulationMs", modulationMs);
        }

        /** The full SUB-0 network. */
        public static Params paper() {
            return new Params(NetworkParameters.sub0(), 5000.0, 10000.0);
        }

        /** The reduced network (half-size populations, same in-degrees). */
        public static Params quick() {
            return new Params(NetworkParameters.quick(), 3000.0, 20000.0);
        }
    }

    private static final double[] NU_X = {5, 10, 15, 20};
    private static final double[] AMPLITUDES = {0, 0.3, 0.6};

    @Override
    public String key() {
        return "figs7";
    }

    @Override
    public String title() {
        return "Fig-S7 (reconstruction): mean-field and linear-tracking theory vs simulation";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params settings = scale.pick(Params.quick(), Params.paper());
        StateRuns runs = new StateRuns(settings.network(), seed);
        NetworkParameters p = runs.params();
        double sweepMs = settings.sweepMs();
        // the a = 0.3 and 0.6 runs carry the tracking checks, whose error falls as 1/sqrt(run length)
        double modMs = settings.modulationMs();
        FigureData data = new FigureData(title()).parameters(p).parameter("sweepMs", sweepMs)
                .parameter("modulationMs", modMs).parameter("scale", scale.toString());
        MeanField mf = new MeanField(p, true);
        int grid = 20;
        double[] gx = new double[grid];
        double[] ge = new double[grid];
        double[] gi = new double[grid];
        double[] bal = BalancedState.ratesPerInput(p);
        double[] be = new double[grid];
        double[] bi = new double[grid];
        double[] gMean = new double[grid];
        double[] gSd = new double[grid];
        for (int k = 0; k < grid; k++) {
            gx[k] = k + 1;
            MeanFieldState s = mf.solve(gx[k]);
            ge[k] = s.nuE();
            gi[k] = s.nuI();
            be[k] = bal[0] * gx[k];
            bi[k] = bal[1] * gx[k];
            gMean[k] = FreeMembranePotential.mean(p, s.nuE(), s.nuI(), gx[k]);
            gSd[k] = FreeMembranePotential.sd(p, s.nuE(), s.nuI(), gx[k]);
        }
        double[] se = new double[NU_X.length];
        double[] si = new double[NU_X.length];
        double[] sMean = new double[NU_X.length];
        double[] sSd = new double[NU_X.length];
        // the rate sweep's and the modulation's runs are all run and summarised at the same time, one per
        // processor (the same numbers as one after another); the sweep's come first in the list
        List<StateRuns.Run> all = new ArrayList<>();
        for (double nuX : NU_X) {
            all.add(new StateRuns.Run(InputState.A, InputParameters.sub0().withBaseRate(nuX), sweepMs, false));
        }
        for (double a : AMPLITUDES) {
            all.add(new StateRuns.Run(InputState.B, InputParameters.sub0().withOuAmplitude(a), modMs, false));
        }
        List<StateSummary> summaries = runs.runAll(all, r -> StateSummary.of(r, StateRuns.BURN_IN, seed));
        for (int k = 0; k < NU_X.length; k++) {
            StateSummary s = summaries.get(k);
            se[k] = s.nuE();
            si[k] = s.nuI();
            sMean[k] = s.meanV();
            sSd[k] = s.sdV();
            MeanFieldState m = mf.solve(NU_X[k]);
            if (NU_X[k] >= 10) {
                // reference simulation: mean field within 1-4% at 10 Hz, 4-7% at 20 Hz; finite size and correlations: 15%
                data.check(Check.relative("nu_E vs mean field at nu_X = " + NU_X[k], m.nuE(), se[k], 0.15));
                data.check(Check.relative("nu_I vs mean field at nu_X = " + NU_X[k], m.nuI(), si[k], 0.15));
                // Campbell ignores input correlations and the gamma rhythm (reference simulation: -8% at 10 Hz): 20%. The quick
                // network shares twice the fraction of inputs between neurons (p 0.2 vs 0.1 at the same
                // in-degrees), so correlated E and I inputs cancel more and the simulated s.d. falls further
                // below Campbell: -13% to -20% over seeds 1-3 at 10-20 Hz, hence 25% at quick scale.
                data.check(Check.relative("probe V s.d. vs Campbell at nu_X = " + NU_X[k],
                        FreeMembranePotential.sd(p, se[k], si[k], NU_X[k]), sSd[k], scale.pick(0.25, 0.2)));
            }
        }
        data.panel("a", "nu_X (Hz)", "rate (Hz)").line("E mean field", gx, ge).line("I mean field", gx, gi)
                .dashed("E balanced 0.5 nu_X", gx, be).dashed("I balanced 1.0 nu_X", gx, bi)
                .markers("E simulation", NU_X, se).markers("I simulation", NU_X, si)
                .tag("E mean field", "E", Role.THEORY).tag("I mean field", "I", Role.THEORY)
                .condition("E balanced 0.5 nu_X", "E").condition("I balanced 1.0 nu_X", "I")
                .tag("E simulation", "E", Role.SIMULATION).tag("I simulation", "I", Role.SIMULATION)
                .title("a", "rates: mean field, balance (dashed), simulation");
        data.panel("b", "nu_X (Hz)", "probe V (mV rel. rest)").line("mean Campbell", gx, gMean)
                .line("s.d. Campbell", gx, gSd).markers("mean simulation", NU_X, sMean).markers("s.d. simulation", NU_X, sSd)
                .tag("mean Campbell", "mean", Role.THEORY).tag("mean simulation", "mean", Role.SIMULATION)
                .tag("s.d. Campbell", "s.d.", Role.THEORY).tag("s.d. simulation", "s.d.", Role.SIMULATION)
                .title("b", "V: Campbell (line) vs simulation (dots)");
        // check 8: linear tracking of the input rate
        data.check(Check.absolute("nu_E(20)/nu_E(10) in [2.1, 2.7]", 2.4, se[3] / se[1], 0.3));
        data.check(Check.absolute("nu_I(20)/nu_I(10) in [2.4, 3.0]", 2.7, si[3] / si[1], 0.3));

        double gain = mf.gains(10, 1)[0];
        double[] cSim = new double[AMPLITUDES.length];
        double[] rSim = new double[AMPLITUDES.length];
        double[] fine = new double[31];
        double[] cTh = new double[fine.length];
        double[] rTh = new double[fine.length];
        double fano = Double.NaN;
        double nuE = Double.NaN;
        for (int k = 0; k < AMPLITUDES.length; k++) {
            StateSummary s = summaries.get(NU_X.length + k);
            cSim[k] = s.cov100();
            rSim[k] = s.rsc100();
            if (k == 0) {
                fano = s.fano();
                nuE = s.nuE();
            }
        }
        for (int k = 0; k < fine.length; k++) {
            fine[k] = 0.02 * k;
            cTh[k] = InputTracking.sharedCountVariance(gain, fine[k], 10, 50, 100);
            rTh[k] = InputTracking.naiveCorrelation(cTh[k], fano, nuE, 100);
        }
        data.panel("c", "modulation depth a", "mean pair covariance (100 ms)").line("linear tracking", fine, cTh)
                .markers("simulation", AMPLITUDES, cSim)
                .tag("linear tracking", "covariance", Role.THEORY).tag("simulation", "covariance", Role.SIMULATION)
                .title("c", "pair covariance: tracking theory vs simulation");
        data.panel("d", "modulation depth a", "pair-averaged r_sc (100 ms)").dashed("naive formula", fine, rTh)
                .markers("simulation", AMPLITUDES, rSim)
                .tag("naive formula", "r_sc", Role.THEORY).tag("simulation", "r_sc", Role.SIMULATION)
                .title("d", "r_sc: naive formula vs simulation");
        double c6 = InputTracking.sharedCountVariance(gain, 0.6, 10, 50, 100);
        double c3 = InputTracking.sharedCountVariance(gain, 0.3, 10, 50, 100);
        // theory accuracy: reference simulation +-25% at a = 0.6, -24% measured at a = 0.3 (granted 30%); plus 3 s.e.
        data.check(TrackingCheck.of("covariance vs linear tracking, a = 0.6", c6, cSim[2], 50, modMs,
                TrackingCheck.MODEL_ERROR));
        data.check(TrackingCheck.of("covariance vs linear tracking, a = 0.3", c3, cSim[1], 50, modMs, 0.3));
        data.check(Check.atMost("covariance at a = 0 below 10% of a = 0.6", 0.1 * cSim[2], Math.abs(cSim[0]), 0));
        data.check(Check.holds("r_sc at a = 0.6 below the naive formula (heterogeneity shortfall)",
                rSim[2] < InputTracking.naiveCorrelation(c6, fano, nuE, 100)));
        data.parameter("trackingGainA_E", gain);
        return data;
    }
}
