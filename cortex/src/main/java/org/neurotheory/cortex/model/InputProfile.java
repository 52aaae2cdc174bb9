package org.neurotheory.cortex.model;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * The external rate {@code nu_X(t_n)} of every X neuron, one value per time step (Hz). Each X neuron
 * spikes in step n independently with probability {@code nu_X(t_n) dt}.
 *
 * @param state the input state it was drawn for
 * @param rates rate per step (Hz); not copied, do not modify
 * @param dt    time step (ms)
 */
public record InputProfile(InputState state, double[] rates, double dt) {
    public InputProfile {
        Require.nonNull("state", state);
        Require.allFinite("rates", rates);
        Require.positive("dt", dt);
        for (int n = 0; n < rates.length; n++) {
            Require.that(rates[n] >= 0 && rates[n] * dt / 1000.0 <= 1, "rates[" + n + "]", rates[n],
                    "must satisfy 0 <= rate * dt <= 1");
        }
    }

    /** A constant rate (Hz) over {@code steps} steps, labelled as state A. */
    public static InputProfile constant(double rate, int steps, double dt) {
        double[] r = new double[Require.positive("steps", steps)];
        Arrays.fill(r, Require.nonNegative("rate", rate));
        return new InputProfile(InputState.A, r, dt);
    }

    /** Number of steps. */
    public int steps() {
        return rates.length;
    }

    /** Mean rate over steps {@code [from, to)} (Hz). */
    public double mean(int from, int to) {
        double s = 0;
        for (int n = from; n < to; n++) {
            s += rates[n];
        }
        return s / Math.max(1, to - from);
    }
}
