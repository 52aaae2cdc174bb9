package org.neurotheory.cortex.experiments;

import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.analysis.PowerSpectrum;
import org.neurotheory.cortex.model.analysis.ProbeStatistics;
import org.neurotheory.cortex.model.analysis.SpikeStatistics;
import org.neurotheory.cortex.theory.FreeMembranePotential;
import org.neurotheory.cortex.theory.MeanField;
import org.neurotheory.cortex.theory.MeanFieldState;

/**
 * Fig-S2 (reconstruction): the asynchronous irregular state A. Mirrors awake cortex (CV ~ 1,
 * Softky and Koch 1993; r_sc ~ 0.01, Ecker et al. 2010; Renart et al. 2010). Carries checks
 * 7 (rates, CV, Fano, r_sc, silent fraction) and 9 (probe statistics, here against
 * Campbell's theorem).
 */
public final class FigS2Asynchronous implements FigureSpec {
    /** Quick: the reduced network, 4 s of simulated time after burn-in. */
    public static final NetworkRun QUICK = NetworkRun.reduced(4000.0);

    /** Paper: the full SUB-0 network, 5 s of simulated time after burn-in. */
    public static final NetworkRun PAPER = NetworkRun.sub0(5000.0);

    @Override
    public String key() {
        return "figs2";
    }

    @Override
    public String title() {
        return "Fig-S2 (reconstruction): asynchronous irregular state A";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        NetworkRun settings = scale.pick(QUICK, PAPER);
        StateRuns runs = new StateRuns(settings.network(), seed);
        NetworkParameters p = runs.params();
        double duration = settings.durationMs();
        SimulationRecord r = runs.run(InputState.A, InputParameters.sub0(), duration, true);
        FigureData data = new FigureData(title()).parameters(p).parameter("durationMs", duration)
                .parameter("burnInMs", StateRuns.BURN_IN).parameter("scale", scale.toString());
        if (scale == Scale.QUICK) {
            data.note("Quick scale: half-size populations with p = 0.2 (same in-degrees K as SUB-0), 4 s.");
        }
        double dt = p.dt();
        int from = r.stepAt(StateRuns.BURN_IN);
        int to = r.steps();
        StateSummary s = StateSummary.of(r, StateRuns.BURN_IN, seed);

        Panel a = data.panel("a", "time (s)", "neuron").title("a", "raster");
        int oneSecond = Math.min(to, from + (int) Math.round(1000 / dt));
        SpikePanels.raster(a, "E", r.excitatory(), 200, 0, from, oneSecond, dt);
        SpikePanels.raster(a, "I", r.inhibitory(), 50, 200, from, oneSecond, dt);

        double[] pop = SpikeStatistics.populationCounts(r.excitatory(), from, to, (int) Math.round(1 / dt));
        double[] popRate = new double[Math.min(500, pop.length)];
        for (int k = 0; k < popRate.length; k++) {
            popRate[k] = pop[k] / (p.nE() * 1e-3);
        }
        data.panel("b", "time after burn-in (ms)", "E population rate (Hz)").title("b", "E population rate")
                .line("1 ms bins", Curves.steps(popRate.length), popRate);

        double[] cvs = SpikeStatistics.cvs(r.excitatory(), from, to, 11);
        Curves.histogram(data.panel("c", "ISI CV", "fraction of E neurons").title("c", "irregular spiking"),
                "CV", cvs, 0, 2.5, 50);
        int[][] counts = SpikeStatistics.counts(r.excitatory(), from, to, (int) Math.round(100 / dt));
        Curves.histogram(data.panel("d", "Fano factor (100 ms)", "fraction of E neurons").title("d", "spike-count variability"),
                "Fano", SpikeStatistics.fanoFactors(counts), 0, 3, 60);
        Curves.histogram(data.panel("e", "r_sc (100 ms)", "fraction of pairs").title("e", "pair count correlations"),
                "r_sc", SpikeStatistics.pairCorrelations(counts, 2000, seed), -0.6, 0.6, 48);
        int ps = r.probes().sampleAt(StateRuns.BURN_IN);
        Panel f = data.panel("f", "time (s)", "probe V (mV)").title("f", "probe neuron's membrane potential");
        SpikePanels.trace(f, "probe 0", r.probes().v()[0], ps, ps + 2000, r.probes().sampleInterval(), SpikePanels.REST);

        PowerSpectrum spec = PowerSpectrum.welch(pop, 1.0, 512);
        data.panel("g", "frequency (Hz)", "power of E population count").logY().title("g", "population spectrum: weak gamma")
                .line("Welch", spec.frequencies(), spec.power());

        // check 7: ranges stated for any seed with T >= 3 s.
        data.check(Check.absolute("nu_E in [4.0, 5.0] Hz", 4.5, s.nuE(), 0.5));
        data.check(Check.absolute("nu_I in [6.0, 7.6] Hz", 6.8, s.nuI(), 0.8));
        data.check(Check.absolute("mean CV_E in [0.78, 1.0]", 0.89, s.cvE(), 0.11));
        data.check(Check.absolute("Fano(100 ms) in [0.8, 1.05]", 0.925, s.fano(), 0.125));
        data.check(Check.absolute("|mean r_sc(50 ms)| < 0.01", 0, s.rsc50(), 0.01));
        data.check(Check.atMost("silent E fraction < 0.12", 0.12, s.silent(), 0));
        // Population irregularity exceeds the Poisson value 1/sqrt(N nu 1 ms) (weak gamma, §3.7)
        double poisson = 1 / Math.sqrt(p.nE() * s.nuE() * 1e-3);
        data.check(Check.atLeast("population-rate irregularity > Poisson value", poisson,
                SpikeStatistics.coefficientOfVariation(pop), 0));
        data.check(Check.absolute("gamma peak of the population rate near 58 Hz (§3.7), 40-80 Hz", 60,
                spec.peakFrequency(20, 200), 20));

        // check 9 made sharper: the stationary probe mean is exactly Campbell's sum over its actual
        // inputs at their measured rates, X sources included (their realised counts: with the profile
        // rate instead, the X count noise alone moves the 40-probe mean by ~0.12 mV s.d.); what is left
        // is time-averaging noise: 0.01-0.03 mV at paper scale, seeds 1 and 4.
        double[] ratesE = SpikeStatistics.rates(r.excitatory(), from, to, dt);
        double[] ratesI = SpikeStatistics.rates(r.inhibitory(), from, to, dt);
        double[] ratesX = SpikeStatistics.rates(r.external(), from, to, dt);
        double nuX = r.input().mean(from, to);
        double[] campbell = ProbeStatistics.campbellMeans(runs.connectivity(), p, ratesE, ratesI, ratesX);
        data.check(Check.absolute("probe mean V = Campbell sum over actual inputs (mV)",
                SpikeStatistics.mean(campbell), s.meanV(), 0.3));
        // The probe average against the mean field (§3.2, §3.4) differs for two independent reasons,
        // checked separately. (1) The 40 probes are a sample: their inputs and those inputs' rates
        // vary, so at the network's measured rates the probe average scatters around the Campbell mean (§3.4)
        // with the s.e. of the 40 Campbell predictions (probes share inputs only by chance, so they are
        // independent given the rates); 3 s.e. plus the time-averaging noise.
        double meanAtRates = FreeMembranePotential.mean(p, s.nuE(), s.nuI(), nuX);
        double se = SpikeStatistics.sd(campbell) / Math.sqrt(campbell.length);
        data.check(Check.absolute("probe mean V vs Campbell mean at the measured network rates (3 s.e. over probes)", meanAtRates,
                s.meanV(), 3 * se + 0.1));
        // (2) The mean field's own accuracy: it predicts the rates to a few per cent (the simulation
        // runs 2-5 % above it at paper scale, seeds 1-6), and the mean V is a difference of large E and I
        // terms (dV/dnu_I = -tau_m K_I |J_EI| = -3.6 mV/Hz), so a 5 % rate error moves V by up to
        // 5 % of the sum of the two terms' magnitudes (1.7 mV at nu_X = 10 Hz).
        MeanFieldState mf = new MeanField(p, true).solve(10);
        double meanMf = FreeMembranePotential.mean(p, mf.nuE(), mf.nuI(), 10);
        double tm = p.neuron().tauM() / 1000.0;
        double terms = tm * (p.kE() * Math.abs(p.j().jEE()) * mf.nuE() + p.kI() * Math.abs(p.j().jEI()) * mf.nuI());
        data.check(Check.absolute("mean-field V 10.8 mV vs Campbell mean at the measured rates (5 % rate accuracy)",
                meanMf, meanAtRates, 0.05 * terms));
        data.check(Check.absolute("probe V s.d. in [4.7, 6.2] mV", 5.45, s.sdV(), 0.75));
        double sdTheory = FreeMembranePotential.sd(p, s.nuE(), s.nuI(), nuX);
        // Campbell ignores input correlations and the gamma rhythm: the reference simulation gives -8% (5.24 vs 5.72)
        data.check(Check.relative("probe V s.d. vs Campbell at measured rates", sdTheory, s.sdV(), 0.15));
        data.parameter("summary", s.toString());
        return data;
    }
}
