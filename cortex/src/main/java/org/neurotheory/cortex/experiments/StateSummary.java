package org.neurotheory.cortex.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.SimulationRecord;
import org.neurotheory.cortex.model.analysis.Peak;
import org.neurotheory.cortex.model.analysis.ProbeStatistics;
import org.neurotheory.cortex.model.analysis.SpikeStatistics;

/**
 * One row of the §5 table for a run: rates, CV, Fano, spike-count correlations and
 * covariance, probe V statistics, synchrony and the E/I cross-correlation peak (definitions of
 * §2.7), all after the burn-in.
 *
 * @param nuE       mean E rate (Hz)
 * @param nuI       mean I rate (Hz)
 * @param cvE       mean ISI CV of E neurons with at least 11 spikes
 * @param fano      mean Fano factor of E counts in 100 ms windows
 * @param rsc50     mean r_sc of 2000 random E pairs, 50 ms windows
 * @param rsc100    same, 100 ms windows
 * @param rscSd100  s.d. across pairs of r_sc at 100 ms
 * @param cov100    mean pairwise E count covariance, 100 ms windows (spikes^2)
 * @param cov50     same, 50 ms windows
 * @param meanV     probe mean V (mV rel. rest)
 * @param sdV       probe V s.d. (mV)
 * @param ccVPeak   peak of the pair-averaged CC_V within +-200 ms
 * @param chi       Golomb-Hansel synchrony of the probes
 * @param ccEIPeak  peak of the neighbour-pair CC_EI within +-30 ms
 * @param ccEILag   lag of that peak (ms), positive = inhibition lags excitation
 * @param silent    fraction of silent E neurons
 */
public record StateSummary(double nuE, double nuI, double cvE, double fano, double rsc50, double rsc100,
                           double rscSd100, double cov100, double cov50, double meanV, double sdV, double ccVPeak,
                           double chi, double ccEIPeak, double ccEILag, double silent) {

    /**
     * Summarises a run after {@code burnIn} ms. {@code pairSeed} only picks the 2000 random E pairs of
     * {@code rsc50}, {@code rsc100} and {@code rscSd100}; it is independent of the run's seeds
     * ({@link StateRuns.RunSeeds}), so the same run can be summarised with other pairs.
     */
    public static StateSummary of(SimulationRecord r, double burnIn, long pairSeed) {
        Require.nonNull("r", r);
        int from = r.stepAt(burnIn);
        int to = r.steps();
        double dt = r.dt();
        int w100 = (int) Math.round(100 / dt);
        int w50 = (int) Math.round(50 / dt);
        int[][] c100 = SpikeStatistics.counts(r.excitatory(), from, to, w100);
        int[][] c50 = SpikeStatistics.counts(r.excitatory(), from, to, w50);
        double[] r100 = SpikeStatistics.pairCorrelations(c100, 2000, pairSeed);
        double[] r50 = SpikeStatistics.pairCorrelations(c50, 2000, pairSeed);
        int ps = r.probes().sampleAt(burnIn);
        double sampleMs = r.probes().sampleInterval();
        Peak v = Peak.of(ProbeStatistics.ccV(r.probes(), ps, (int) Math.round(200 / sampleMs)), sampleMs);
        Peak ei = Peak.of(ProbeStatistics.ccEI(r.probes(), ps, (int) Math.round(30 / sampleMs), false), sampleMs);
        return new StateSummary(
                SpikeStatistics.meanRate(r.excitatory(), from, to, dt),
                SpikeStatistics.meanRate(r.inhibitory(), from, to, dt),
                SpikeStatistics.mean(SpikeStatistics.cvs(r.excitatory(), from, to, 11)),
                SpikeStatistics.mean(SpikeStatistics.fanoFactors(c100)),
                SpikeStatistics.mean(r50), SpikeStatistics.mean(r100), SpikeStatistics.sd(r100),
                SpikeStatistics.meanPairCovariance(c100), SpikeStatistics.meanPairCovariance(c50),
                ProbeStatistics.meanV(r.probes(), ps), ProbeStatistics.sdV(r.probes(), ps),
                v.value(), ProbeStatistics.chi(r.probes(), ps), ei.value(), ei.lag(),
                SpikeStatistics.silentFraction(r.excitatory(), from, to));
    }
}
