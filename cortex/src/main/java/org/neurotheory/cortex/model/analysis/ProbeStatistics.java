package org.neurotheory.cortex.model.analysis;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.ProbeTraces;
import org.neurotheory.cortex.model.SparseConnectivity;

/**
 * Statistics of the passive probes (§2.7): free-V mean and s.d., Golomb-Hansel
 * synchrony chi, pair-averaged V cross-correlation {@code CC_V}, the Okun-Lampl excitation vs
 * inhibition cross-correlation {@code CC_EI(s) = corr(exc_1(t), -inh_2(t + s))} and band-limited V
 * correlations. Pairs are probes (0,1), (2,3), ... Samples before {@code from} are discarded.
 */
public final class ProbeStatistics {
    private ProbeStatistics() {
    }

    /** Mean over probes of the time-averaged V (mV, relative to rest). */
    public static double meanV(ProbeTraces p, int from) {
        double s = 0;
        for (double[] v : p.v()) {
            s += SpikeStatistics.mean(tail(v, from));
        }
        return s / p.probes();
    }

    /** Mean over probes of the temporal s.d. of V (mV). */
    public static double sdV(ProbeTraces p, int from) {
        double s = 0;
        for (double[] v : p.v()) {
            s += SpikeStatistics.sd(tail(v, from));
        }
        return s / p.probes();
    }

    /** {@code chi = sqrt(Var_t[mean_i V_i] / mean_i Var_t[V_i])}. */
    public static double chi(ProbeTraces p, int from) {
        int n = p.samples() - from;
        Require.positive("samples after from", n);
        double[] avg = new double[n];
        double meanVar = 0;
        for (double[] v : p.v()) {
            double[] t = tail(v, from);
            for (int k = 0; k < n; k++) {
                avg[k] += t[k] / p.probes();
            }
            double sd = SpikeStatistics.sd(t);
            meanVar += sd * sd / p.probes();
        }
        double sdAvg = SpikeStatistics.sd(avg);
        return Math.sqrt(sdAvg * sdAvg / meanVar);
    }

    /**
     * Pair-averaged {@code CC_V(s)} for lags up to {@code maxLag} samples, each lag divided by the
     * series length ({@link CrossCorrelation.LagNormalisation#BY_LENGTH}, what the figures plot).
     */
    public static double[] ccV(ProbeTraces p, int from, int maxLag) {
        return ccV(p, from, maxLag, CrossCorrelation.LagNormalisation.BY_LENGTH);
    }

    /**
     * Pair-averaged {@code CC_V(s)} for lags up to {@code maxLag} samples with the chosen
     * normalisation: {@code BY_OVERLAP} divides each lag by its {@code n - |s|} overlapping samples.
     */
    public static double[] ccV(ProbeTraces p, int from, int maxLag, CrossCorrelation.LagNormalisation normalisation) {
        int pairs = pairs(p);
        double[] out = new double[2 * maxLag + 1];
        for (int k = 0; k < pairs; k++) {
            add(out, CrossCorrelation.normalized(tail(p.v()[2 * k], from), tail(p.v()[2 * k + 1], from), maxLag,
                    normalisation), pairs);
        }
        return out;
    }

    /**
     * Averaged {@code CC_EI(s)}: excitation of one probe against the sign-flipped inhibition of the
     * same probe ({@code sameNeuron}) or of the other probe of its pair (both orders averaged).
     */
    public static double[] ccEI(ProbeTraces p, int from, int maxLag, boolean sameNeuron) {
        int pairs = pairs(p);
        double[] out = new double[2 * maxLag + 1];
        int terms = 2 * pairs;
        for (int k = 0; k < pairs; k++) {
            for (int side = 0; side < 2; side++) {
                int a = 2 * k + side;
                int b = sameNeuron ? a : 2 * k + 1 - side;
                add(out, CrossCorrelation.normalized(tail(p.excitation()[a], from),
                        negated(tail(p.inhibition()[b], from)), maxLag), terms);
            }
        }
        return out;
    }

    /**
     * Pair-averaged band-limited V correlation in {@code [fLo, fHi)} Hz on the traces' own frequency
     * grid ({@link CrossCorrelation#bandUnpadded}: no zero padding, half-open band).
     */
    public static double bandCorrelationUnpadded(ProbeTraces p, int from, double fLo, double fHi) {
        int pairs = pairs(p);
        double s = 0;
        for (int k = 0; k < pairs; k++) {
            s += CrossCorrelation.bandUnpadded(tail(p.v()[2 * k], from), tail(p.v()[2 * k + 1], from),
                    p.sampleInterval(), fLo, fHi);
        }
        return s / pairs;
    }

    /**
     * Pair-averaged band-limited V correlation in {@code [fLo, fHi]} Hz (both edges included) after
     * zero padding to a power of two ({@link CrossCorrelation#band}; what figs5 plots).
     */
    public static double bandCorrelation(ProbeTraces p, int from, double fLo, double fHi) {
        int pairs = pairs(p);
        double s = 0;
        for (int k = 0; k < pairs; k++) {
            s += CrossCorrelation.band(tail(p.v()[2 * k], from), tail(p.v()[2 * k + 1], from),
                    p.sampleInterval(), fLo, fHi);
        }
        return s / pairs;
    }

    /**
     * Campbell mean of every probe from its actual presynaptic sources and their measured rates:
     * {@code <V_k> = tau_m sum_{j -> k} J_{E b(j)} nu_j} (mV), the exact stationary mean of the linear
     * probe dynamics whatever the input correlations.
     *
     * @param ratesE per-neuron E rates (Hz)
     * @param ratesI per-neuron I rates (Hz)
     * @param rateX  mean X rate (Hz)
     */
    public static double[] campbellMeans(SparseConnectivity c, NetworkParameters params, double[] ratesE,
                                         double[] ratesI, double rateX) {
        double[] ratesX = new double[params.nX()];
        Arrays.fill(ratesX, rateX);
        return campbellMeans(c, params, ratesE, ratesI, ratesX);
    }

    /**
     * As above with every X source's own measured rate (its realised spike count over the window, from
     * a run that recorded X): the exact Campbell mean of the window, without the Poisson count noise of
     * the X sources that a single mean X rate leaves in.
     *
     * @param ratesE per-neuron E rates (Hz)
     * @param ratesI per-neuron I rates (Hz)
     * @param ratesX per-neuron X rates (Hz)
     */
    public static double[] campbellMeans(SparseConnectivity c, NetworkParameters params, double[] ratesE,
                                         double[] ratesI, double[] ratesX) {
        Require.length("ratesX", ratesX, params.nX());
        int nE = params.nE();
        int nI = params.nI();
        int offset = nE + nI;
        double[] out = new double[params.nProbe()];
        double tm = params.neuron().tauM() / 1000.0;
        for (int src = 0; src < c.sourceCount(); src++) {
            double w;
            if (src < nE) {
                w = params.j().jEE() * ratesE[src];
            } else if (src < offset) {
                w = params.j().jEI() * ratesI[src - nE];
            } else {
                w = params.j().jEX() * ratesX[src - offset];
            }
            for (int t : c.targetsOf(src, 2)) {
                out[t - offset] += tm * w;
            }
        }
        return out;
    }

    private static int pairs(ProbeTraces p) {
        int pairs = p.probes() / 2;
        Require.positive("probe pairs", pairs);
        return pairs;
    }

    private static void add(double[] acc, double[] x, int terms) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] += x[i] / terms;
        }
    }

    private static double[] negated(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = -x[i];
        }
        return out;
    }

    static double[] tail(double[] x, int from) {
        Require.inRange("from", from, 0, x.length - 2);
        return Arrays.copyOfRange(x, from, x.length);
    }
}
