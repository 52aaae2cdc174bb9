package org.neurotheory.cortex.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * The five "input states" of §2.5: the same network and the same X neurons, only the
 * shared external rate {@code nu_X(t)} changes. All input correlations come from that shared rate.
 */
public enum InputState {
    /** Asynchronous: constant {@code nu_X = base} (awake, desynchronised cortex). */
    A,
    /** High drive: constant {@code nu_X = high} (evoked, still independent). */
    H,
    /** Slow shared fluctuations: {@code nu_X = max(0, base (1 + a xi(t)))}, xi a unit OU process. */
    B,
    /** Synchronous volleys: {@code nu_X = base + sum_m p_v G_sigma(t - t_m)}. */
    C,
    /** Up/Down: telegraph process between {@code up} and {@code down}, starting in Up. */
    U;

    /**
     * Draws the rate profile of this state.
     *
     * @param steps number of time steps
     * @param dt    time step (ms)
     * @param input the state constants
     * @param seed  seed of the random processes (B and U)
     */
    public InputProfile profile(int steps, double dt, InputParameters input, long seed) {
        Require.positive("steps", steps);
        Require.positive("dt", dt);
        Require.nonNull("input", input);
        double[] r = new double[steps];
        SplittableRandom rng = Seeds.stream(Seeds.derive(seed, 2, ordinal()));
        switch (this) {
            case A -> Arrays.fill(r, input.baseRate());
            case H -> Arrays.fill(r, input.highRate());
            case B -> {
                double xi = 0;
                double decay = 1 - dt / input.ouTau();
                double kick = Math.sqrt(2 * dt / input.ouTau());
                for (int n = 0; n < steps; n++) {
                    r[n] = Math.max(0, input.baseRate() * (1 + input.ouAmplitude() * xi));
                    xi = xi * decay + kick * rng.nextGaussian();
                }
            }
            case C -> {
                double s = input.volleyJitter();
                double norm = input.volleySize() * 1000.0 / (Math.sqrt(2 * Math.PI) * s);
                Arrays.fill(r, input.baseRate());
                for (double tm : volleyTimes(steps, dt, input)) {
                    int lo = Math.max(0, (int) Math.floor((tm - 8 * s) / dt));
                    int hi = Math.min(steps - 1, (int) Math.ceil((tm + 8 * s) / dt));
                    for (int n = lo; n <= hi; n++) {
                        double z = (n * dt - tm) / s;
                        r[n] += norm * Math.exp(-0.5 * z * z);
                    }
                }
            }
            case U -> {
                boolean up = true;
                int n = 0;
                while (n < steps) {
                    double mean = up ? input.meanUp() : input.meanDown();
                    int len = (int) (-mean * Math.log(1 - rng.nextDouble()) / dt);
                    int end = (int) Math.min(steps, (long) n + len);
                    Arrays.fill(r, n, end, up ? input.upRate() : input.downRate());
                    n = end;
                    up = !up;
                }
            }
            default -> throw new IllegalStateException("unknown state " + this);
        }
        return new InputProfile(this, r, dt);
    }

    /** Volley centre times (ms) of state C that fall inside a run of {@code steps} steps. */
    public static double[] volleyTimes(int steps, double dt, InputParameters input) {
        double tEnd = steps * dt;
        int count = 0;
        for (double t = input.firstVolley(); t < tEnd; t += input.volleyPeriod()) {
            count++;
        }
        double[] out = new double[count];
        for (int m = 0; m < count; m++) {
            out[m] = input.firstVolley() + m * input.volleyPeriod();
        }
        return out;
    }
}
