package org.neurotheory.cortex.theory;

import org.neurotheory.core.Require;
import org.neurotheory.cortex.model.Couplings;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.NeuronParameters;

/**
 * Mean and variance of a passive probe's membrane potential under independent Poisson inputs
 * (Campbell's theorem, §3.4):
 * {@code mean = tau_m sum_b K_b J_b nu_b}, {@code Var = sum_b K_b nu_b int PSP_b^2 dt}
 * {@code = sum_b K_b nu_b J_b^2 tau_m^2 / (2 (tau_m + tau_b))}. Probes get E-neuron inputs.
 */
public final class FreeMembranePotential {
    private FreeMembranePotential() {
    }

    /** Mean free V (mV) at rates {@code nuE, nuI, nuX} (Hz). */
    public static double mean(NetworkParameters p, double nuE, double nuI, double nuX) {
        Require.nonNull("p", p);
        Couplings j = p.j();
        double tm = p.neuron().tauM() / 1000.0;
        return tm * (p.kE() * j.jEE() * nuE + p.kI() * j.jEI() * nuI + p.kX() * j.jEX() * nuX);
    }

    /** s.d. of the free V (mV). */
    public static double sd(NetworkParameters p, double nuE, double nuI, double nuX) {
        Require.nonNull("p", p);
        Couplings j = p.j();
        NeuronParameters n = p.neuron();
        double var = p.kE() * nuE * new PspKernel(j.jEE(), n.tauM(), n.tauE()).squaredIntegral()
                + p.kI() * nuI * new PspKernel(j.jEI(), n.tauM(), n.tauI()).squaredIntegral()
                + p.kX() * nuX * new PspKernel(j.jEX(), n.tauM(), n.tauE()).squaredIntegral();
        return Math.sqrt(var / 1000.0);
    }
}
