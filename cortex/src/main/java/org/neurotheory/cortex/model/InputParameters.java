package org.neurotheory.cortex.model;

import org.neurotheory.core.Require;

/**
 * Constants of the five external-input states (§2.5). Rates in Hz, times in ms.
 *
 * @param baseRate     state A rate, also the mean of B and the background of C
 * @param highRate     state H rate
 * @param ouAmplitude  state B modulation depth a: {@code nu_X = max(0, base (1 + a xi))}
 * @param ouTau        state B correlation time tau_c of the unit OU process xi
 * @param volleySize   state C expected extra spikes per X neuron per volley p_v
 * @param volleyJitter state C Gaussian s.d. of a volley
 * @param volleyPeriod state C interval between volleys
 * @param firstVolley  state C time of the first volley
 * @param upRate       state U rate in Up
 * @param downRate     state U rate in Down
 * @param meanUp       state U mean Up duration (exponential)
 * @param meanDown     state U mean Down duration (exponential)
 */
public record InputParameters(double baseRate, double highRate, double ouAmplitude, double ouTau,
                              double volleySize, double volleyJitter, double volleyPeriod, double firstVolley,
                              double upRate, double downRate, double meanUp, double meanDown) {
    public InputParameters {
        Require.nonNegative("baseRate", baseRate);
        Require.nonNegative("highRate", highRate);
        Require.nonNegative("ouAmplitude", ouAmplitude);
        Require.positive("ouTau", ouTau);
        Require.nonNegative("volleySize", volleySize);
        Require.positive("volleyJitter", volleyJitter);
        Require.positive("volleyPeriod", volleyPeriod);
        Require.nonNegative("firstVolley", firstVolley);
        Require.nonNegative("upRate", upRate);
        Require.nonNegative("downRate", downRate);
        Require.positive("meanUp", meanUp);
        Require.positive("meanDown", meanDown);
    }

    /** The reference values: 10 / 20 Hz, a = 0.6, tau_c = 50 ms, p_v = 0.3, 1 ms jitter every 250 ms from 500 ms, Up 15 Hz 400 ms, Down 1 Hz 600 ms. */
    public static InputParameters sub0() {
        return new InputParameters(10, 20, 0.6, 50, 0.3, 1, 250, 500, 15, 1, 400, 600);
    }

    /** Copy with another OU modulation depth a (state B). */
    public InputParameters withOuAmplitude(double a) {
        return new InputParameters(baseRate, highRate, a, ouTau, volleySize, volleyJitter, volleyPeriod, firstVolley,
                upRate, downRate, meanUp, meanDown);
    }

    /** Copy with another state-A rate (used for the nu_X sweep). */
    public InputParameters withBaseRate(double rate) {
        return new InputParameters(rate, highRate, ouAmplitude, ouTau, volleySize, volleyJitter, volleyPeriod,
                firstVolley, upRate, downRate, meanUp, meanDown);
    }
}
