package org.neurotheory.cortex.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputProfile;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.ProbeTraces;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.analysis.ProbeStatistics;
import org.neurotheory.cortex.theory.BalancedState;
import org.neurotheory.cortex.theory.MeanField;
import org.neurotheory.cortex.theory.MeanFieldState;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page names (never through the figure class; only its
 * {@code Params.quick()} settings and seed derivation are reused), compared with what the figure
 * reports. Called by {@link CortexFiguresTest} on the figure data it computes anyway (figs4 is
 * checked there); figs3 and figs5 need 8 and 15 s network runs of their own, so they are recomputed
 * in the slow suite ({@link CortexPublicCallsTest}). Same arithmetic in the same order, so the
 * comparisons are exact.
 */
final class CortexPublicCalls {
    private CortexPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof FigS1InputStates) {
            figs1(data, seed);
        } else if (figure instanceof FigS2Asynchronous) {
            figs2(data, seed);
        } else if (figure instanceof FigS6UpDown) {
            figs6(data);
        } else if (figure instanceof FigS7TheoryVsSimulation) {
            figs7(data);
        }
    }

    /** figs1 b: the input rate nu_X(t) of every state over the first 2 s, every 10th step. */
    private static void figs1(FigureData data, long seed) {
        double dt = FigS1InputStates.Params.quick().network().dt();
        int show = (int) Math.round(2000 / dt);
        for (InputState s : InputState.values()) {
            InputProfile prof = s.profile(show, dt, InputParameters.sub0(), Seeds.derive(seed, 2));
            Series shown = data.panel("b").series(s.name());
            for (int i = 0; i < shown.size(); i++) {
                assertEquals(shown.y()[i], prof.rates()[i * 10], 0.0, "figs1 nu_X of state " + s + " at step " + i * 10);
            }
        }
    }

    /** figs2: the mean E rate of the asynchronous state (its checked headline number). */
    private static void figs2(FigureData data, long seed) {
        NetworkRun p = FigS2Asynchronous.QUICK;
        SimulationRecord r = new StateRuns(p.network(), seed).run(InputState.A, InputParameters.sub0(), p.durationMs(), false);
        double nuE = StateSummary.of(r, StateRuns.BURN_IN, seed).nuE();
        assertEquals(data.checks().stream().filter(c -> c.name().equals("nu_E in [4.0, 5.0] Hz")).findFirst().orElseThrow().actual(),
                nuE, 0.0, "figs2 nu_E");
    }

    /** figs3: the table row of state A (rates, CV, Fano, r_sc, CC_V peak, chi, ...). */
    static void figs3(FigureData data, long seed) {
        FigS3Correlations.Params p = FigS3Correlations.Params.quick();
        SimulationRecord r = new StateRuns(p.network(), seed).run(InputState.A, InputParameters.sub0(), p.durationMs(), false);
        assertEquals(data.parameters().get("summary " + InputState.A), StateSummary.of(r, StateRuns.BURN_IN, seed).toString(),
                "figs3 summary of state A");
    }

    /** figs5 a: the E-I input cross-correlation between neighbouring probes in state A. */
    static void figs5(FigureData data, long seed) {
        NetworkRun p = FigS5SubthresholdCorrelations.QUICK;
        SimulationRecord r = new StateRuns(p.network(), seed).run(InputState.A, InputParameters.sub0(), p.durationMs(), false);
        ProbeTraces probes = r.probes();
        int lags = (int) Math.round(30 / probes.sampleInterval());
        assertArrayEquals(data.panel("a").series("A neighbour").y(),
                ProbeStatistics.ccEI(probes, probes.sampleAt(StateRuns.BURN_IN), lags, false), 0.0, "figs5 CC_EI");
    }

    /** figs6 b: the mean-field Up and Down rates of E and I. */
    private static void figs6(FigureData data) {
        NetworkParameters net = FigS6UpDown.QUICK.network();
        InputParameters in = InputParameters.sub0();
        MeanField mf = new MeanField(net, true);
        MeanFieldState up = mf.solve(in.upRate());
        MeanFieldState down = mf.solve(in.downRate());
        assertArrayEquals(data.panel("b").series("Up mean field").y(), new double[] {up.nuE(), up.nuI()}, 0.0, "figs6 Up");
        assertArrayEquals(data.panel("b").series("Down mean field").y(), new double[] {down.nuE(), down.nuI()}, 0.0, "figs6 Down");
    }

    /** figs7 a: the mean-field E rate and the balanced E rate against the input rate. */
    private static void figs7(FigureData data) {
        NetworkParameters net = FigS7TheoryVsSimulation.Params.quick().network();
        MeanField mf = new MeanField(net, true);
        double balancedE = BalancedState.ratesPerInput(net)[0];
        Series e = data.panel("a").series("E mean field");
        Series balanced = data.panel("a").series("E balanced 0.5 nu_X");
        for (int k = 0; k < e.size(); k++) {
            assertEquals(e.y()[k], mf.solve(e.x()[k]).nuE(), 0.0, "figs7 mean-field nu_E at nu_X = " + e.x()[k]);
            assertEquals(balanced.y()[k], balancedE * balanced.x()[k], 0.0, "figs7 balanced nu_E at nu_X = " + e.x()[k]);
        }
    }
}
