package org.neurotheory.cortex.theory;

import org.neurotheory.core.Require;

/**
 * Post-synaptic potential of one spike through an exponential synaptic current (§2.2):
 * {@code PSP(t) = J tau_m/(tau_m - tau_s) (e^{-t/tau_m} - e^{-t/tau_s})} for {@code t >= 0},
 * integral {@code J tau_m}, peak at {@code t* = ln(tau_m/tau_s) tau_m tau_s/(tau_m - tau_s)}.
 *
 * @param j    efficacy (mV)
 * @param tauM membrane time constant (ms)
 * @param tauS synaptic time constant (ms), different from tauM
 */
public record PspKernel(double j, double tauM, double tauS) {
    public PspKernel {
        Require.finite("j", j);
        Require.positive("tauM", tauM);
        Require.positive("tauS", tauS);
        Require.that(Math.abs(tauM - tauS) > 1e-9 * tauM, "tauS", tauS, "must differ from tauM = " + tauM);
    }

    /** PSP at time t (ms) after arrival, 0 before. */
    public double value(double t) {
        return t < 0 ? 0 : j * tauM / (tauM - tauS) * (Math.exp(-t / tauM) - Math.exp(-t / tauS));
    }

    /** Time of the peak (ms). */
    public double peakTime() {
        return Math.log(tauM / tauS) * tauM * tauS / (tauM - tauS);
    }

    /** Peak value (mV). */
    public double peak() {
        return value(peakTime());
    }

    /** {@code int PSP dt = J tau_m} (mV ms). */
    public double integral() {
        return j * tauM;
    }

    /** {@code int PSP^2 dt = J^2 tau_m^2 / (2 (tau_m + tau_s))} (mV^2 ms). */
    public double squaredIntegral() {
        return j * j * tauM * tauM / (2 * (tauM + tauS));
    }
}
