package org.neurotheory.bioplausible.conv.model;

import org.neurotheory.core.Require;

/**
 * Rates of the lateral-inhibition circuit of one sharing group (Pogodin et al. 2021, Sec. 4.2,
 * Fig. 3B): N excitatory neurons {@code r_i} and one inhibitory neuron {@code r_inh}, integrated by
 * Euler with {@code dt = 1} and updated simultaneously:
 * {@code r_i += (-r_i + z_i - alpha r_inh + b) / tau}, {@code r_inh += (-r_inh - b + mean_j r_j) / tau}.
 * At rest {@code r_i - b = z_i - alpha/(1+alpha) zbar} (see the theory's circuit steady state).
 */
public final class LateralInhibitionRates {
    private final LateralInhibition circuit;
    private final double[] r;
    private double rInh;

    /** A circuit of {@code neurons} excitatory cells at rest (all rates 0). */
    public LateralInhibitionRates(int neurons, LateralInhibition circuit) {
        Require.positive("neurons", neurons);
        this.circuit = Require.nonNull("circuit", circuit);
        this.r = new double[neurons];
    }

    /** One Euler step driven by feed-forward inputs {@code z}. */
    public void step(double[] z) {
        Require.length("z", z, r.length);
        double mean = 0;
        for (double v : r) {
            mean += v;
        }
        mean /= r.length;
        double tau = circuit.tau();
        double b = circuit.baseline();
        double inhibition = circuit.alpha() * rInh;
        for (int i = 0; i < r.length; i++) {
            r[i] += (-r[i] + z[i] - inhibition + b) / tau;
        }
        rInh += (-rInh - b + mean) / tau;
    }

    /** Writes the plasticity factors {@code r_i - b} into {@code out} and returns it. */
    public double[] postSynaptic(double[] out) {
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i] - circuit.baseline();
        }
        return out;
    }

    /** A copy of the excitatory rates. */
    public double[] rates() {
        return r.clone();
    }

    /** The inhibitory rate. */
    public double inhibitoryRate() {
        return rInh;
    }
}
