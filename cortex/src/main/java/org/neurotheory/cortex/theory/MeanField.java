package org.neurotheory.cortex.theory;

import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;
import org.neurotheory.cortex.model.Couplings;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.NeuronParameters;

/**
 * Finite-K diffusion mean field of the E-I network (§3.2):
 * <pre>
 *   mu_a    = tau_m sum_b K_ab J_ab nu_b,   sigma_a^2 = tau_m sum_b K_ab J_ab^2 nu_b,
 *   nu_a    = Phi_a(mu_a, sigma_a)   (Siegert with the Fourcaud-Brunel shift),
 * </pre>
 * solved by the damped fixed-point iteration {@code nu <- nu + damping (Phi(nu) - nu)} from
 * (5, 10) Hz until the change is below {@code tol}. With different tau_E and tau_I the shift uses the
 * variance-weighted mean synaptic time constant (a choice: the model of §2 has tau_E = tau_I).
 */
public final class MeanField {
    private final NetworkParameters params;
    private final SiegertRate phiE;
    private final SiegertRate phiI;
    private final boolean shifted;

    /**
     * @param params  the network (K = p N, efficacies, neuron constants)
     * @param shifted whether to apply the Fourcaud-Brunel synaptic shift ("white" when false)
     */
    public MeanField(NetworkParameters params, boolean shifted) {
        this.params = Require.nonNull("params", params);
        NeuronParameters n = params.neuron();
        this.phiE = new SiegertRate(n.tauM(), n.tauRefE(), n.theta(), n.vReset());
        this.phiI = new SiegertRate(n.tauM(), n.tauRefI(), n.theta(), n.vReset());
        this.shifted = shifted;
    }

    /** Mean drive of population E ({@code pop = 0}) or I ({@code pop = 1}) at the given rates (mV). */
    public double mu(int pop, double nuE, double nuI, double nuX) {
        double[] j = row(pop);
        double tm = params.neuron().tauM() / 1000.0;
        return tm * (params.kE() * j[0] * nuE + params.kI() * j[1] * nuI + params.kX() * j[2] * nuX);
    }

    /** s.d. of the white-noise drive of population E or I (mV). */
    public double sigma(int pop, double nuE, double nuI, double nuX) {
        double[] j = row(pop);
        double tm = params.neuron().tauM() / 1000.0;
        return Math.sqrt(tm * (params.kE() * j[0] * j[0] * nuE + params.kI() * j[1] * j[1] * nuI
                + params.kX() * j[2] * j[2] * nuX));
    }

    /** Variance-weighted synaptic time constant of the drive of population E or I (ms). */
    public double tauS(int pop, double nuE, double nuI, double nuX) {
        double[] j = row(pop);
        NeuronParameters n = params.neuron();
        double we = params.kE() * j[0] * j[0] * nuE + params.kX() * j[2] * j[2] * nuX;
        double wi = params.kI() * j[1] * j[1] * nuI;
        return we + wi > 0 ? (we * n.tauE() + wi * n.tauI()) / (we + wi) : n.tauE();
    }

    /** The transfer function Phi_a at the given rates (Hz). */
    public double phi(int pop, double nuE, double nuI, double nuX) {
        double mu = mu(pop, nuE, nuI, nuX);
        double sigma = Math.max(sigma(pop, nuE, nuI, nuX), 1e-12);
        SiegertRate f = pop == 0 ? phiE : phiI;
        return shifted ? f.rate(mu, sigma, tauS(pop, nuE, nuI, nuX)) : f.rate(mu, sigma);
    }

    /** Solves with the reference settings: damping 0.05, tolerance 1e-6 Hz, start (5, 10) Hz. */
    public MeanFieldState solve(double nuX) {
        return solve(nuX, 0.05, 1e-6, 5, 10);
    }

    /**
     * Damped fixed-point iteration.
     *
     * @throws DivergenceException if the iteration does not settle in 200 000 steps or leaves the
     *                             finite range; it carries the last rates
     */
    public MeanFieldState solve(double nuX, double damping, double tol, double startE, double startI) {
        Require.nonNegative("nuX", nuX);
        Require.openRange("damping", damping, 0, 1);
        Require.positive("tol", tol);
        double e = Require.nonNegative("startE", startE);
        double i = Require.nonNegative("startI", startI);
        for (int it = 1; it <= 200_000; it++) {
            double fe = phi(0, e, i, nuX);
            double fi = phi(1, e, i, nuX);
            double de = damping * (fe - e);
            double di = damping * (fi - i);
            e += de;
            i += di;
            if (!Double.isFinite(e) || !Double.isFinite(i)) {
                throw new DivergenceException("mean-field iteration left the finite range", it, new double[] {e - de, i - di});
            }
            if (Math.abs(de) < tol && Math.abs(di) < tol) {
                return new MeanFieldState(nuX, e, i, mu(0, e, i, nuX), sigma(0, e, i, nuX), mu(1, e, i, nuX),
                        sigma(1, e, i, nuX), it);
            }
        }
        throw new DivergenceException("mean-field iteration did not converge in 200000 steps", 200_000, new double[] {e, i});
    }

    /** Linear-response gains {@code (d nu_E/d nu_X, d nu_I/d nu_X)} by a central difference of width 2h Hz. */
    public double[] gains(double nuX, double h) {
        Require.positive("h", h);
        MeanFieldState up = solve(nuX + h);
        MeanFieldState down = solve(Math.max(0, nuX - h));
        double w = nuX + h - Math.max(0, nuX - h);
        return new double[] {(up.nuE() - down.nuE()) / w, (up.nuI() - down.nuI()) / w};
    }

    private double[] row(int pop) {
        Require.inRange("pop", pop, 0, 1);
        Couplings j = params.j();
        return pop == 0 ? new double[] {j.jEE(), j.jEI(), j.jEX()} : new double[] {j.jIE(), j.jII(), j.jIX()};
    }
}
