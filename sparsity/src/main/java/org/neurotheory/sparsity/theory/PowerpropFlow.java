package org.neurotheory.sparsity.theory;

import org.neurotheory.core.Require;
import org.neurotheory.core.ode.OdeSystem;

/**
 * Gradient flow of one Powerprop parameter under a constant weight gradient {@code g = dL/dw}:
 * {@code dpsi/dt = -alpha |psi|^(alpha-1) g}, equivalently {@code dw/dt = -alpha^2 |w|^p g} with
 * {@code p = 2 - 2/alpha} (Schwarz et al. 2021, Sec. 3). Its exact solution:
 *
 * <ul>
 *   <li>{@code alpha = 2}: {@code |w(t)| = |w0| e^(c t)}, exponential at rate {@code c = 4|g|}
 *       outward (or decay towards 0, never reached, inward);</li>
 *   <li>{@code alpha > 2}: {@code |w|^(1-p) = |w0|^(1-p) - (p-1) c t}: outward the weight blows
 *       up at the finite time {@code t* = |w0|^(1-p) / ((p-1) c)}, large weights first; inward it
 *       approaches 0 only asymptotically;</li>
 *   <li>{@code 1 <= alpha < 2}: {@code |w|^(1-p) = |w0|^(1-p) + (1-p) c t}, polynomial growth
 *       outward; inward the weight reaches 0 at a finite time and continues through it.</li>
 * </ul>
 * Here {@code c = alpha^2 |g|}, positive when the gradient pushes the weight away from zero
 * ({@code g w < 0}). The closed form is computed in psi-space, where
 * {@code h = sign(psi) |psi|^(2-alpha)} moves at the constant speed {@code -(2-alpha) alpha g}
 * (for {@code alpha != 2}).
 *
 * @param alpha    Powerprop exponent, {@code >= 1}
 * @param gradient the constant weight gradient {@code g}, finite
 */
public record PowerpropFlow(double alpha, double gradient) {
    public PowerpropFlow {
        RichGetRicher.checkAlpha(alpha);
        Require.finite("gradient", gradient);
    }

    /** {@code psi(t)} from {@code psi0}; infinite after a blow-up. */
    public double psi(double psi0, double t) {
        Require.finite("psi0", psi0);
        Require.nonNegative("t", t);
        if (psi0 == 0 && alpha > 1) {
            return 0; // zero is a fixed point of the flow for alpha > 1
        }
        if (alpha == 2) {
            return psi0 * Math.exp(-2 * gradient * Math.signum(psi0) * t);
        }
        double e = 2 - alpha;
        double h = Math.signum(psi0) * Math.pow(Math.abs(psi0), e) - e * alpha * gradient * t;
        if (alpha > 2) {
            // h = sign(psi)/|psi|^(alpha-2): a sign change of h means |psi| passed through infinity
            if (h == 0 || Math.signum(h) != Math.signum(psi0)) {
                return Math.signum(psi0) * Double.POSITIVE_INFINITY;
            }
        }
        return Math.signum(h) * Math.pow(Math.abs(h), 1 / e);
    }

    /** {@code w(t)} from {@code w0}. */
    public double weight(double w0, double t) {
        return RichGetRicher.weight(psi(RichGetRicher.psi(w0, alpha), t), alpha);
    }

    /** Outward rate {@code c = alpha^2 |g|}, signed: positive when {@code g w0 < 0} (growth). */
    public double rate(double w0) {
        Require.finite("w0", w0);
        return -alpha * alpha * Math.abs(gradient) * Math.signum(gradient * w0);
    }

    /**
     * Blow-up time {@code t* = |w0|^(1-p)/((p-1)c)} for {@code alpha > 2} and an outward gradient;
     * {@code +Infinity} when the weight stays finite.
     */
    public double blowUpTime(double w0) {
        double c = rate(w0);
        if (alpha <= 2 || c <= 0 || w0 == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double p = RichGetRicher.exponent(alpha);
        return Math.pow(Math.abs(w0), 1 - p) / ((p - 1) * c);
    }

    /**
     * Time at which an outward-pushed weight reaches magnitude {@code target > |w0|}:
     * {@code (|w0|^(1-p) - target^(1-p)) / ((p-1) c)}, or {@code ln(target/|w0|)/c} at {@code alpha = 2};
     * tends to the blow-up time as {@code target} grows when {@code alpha > 2}.
     */
    public double hittingTime(double w0, double target) {
        double c = rate(w0);
        Require.that(c > 0, "w0", w0, "must be pushed outward (gradient * w0 < 0)");
        Require.that(target > Math.abs(w0), "target", target, "must exceed |w0| = " + Math.abs(w0));
        if (alpha == 2) {
            return Math.log(target / Math.abs(w0)) / c;
        }
        double q = 1 - RichGetRicher.exponent(alpha);
        return (Math.pow(Math.abs(w0), q) - Math.pow(target, q)) / (-q * c);
    }

    /**
     * Time at which an inward-pushed weight reaches zero, {@code |w0|^(1-p)/((1-p)|c|)}, finite only
     * for {@code 1 <= alpha < 2}; {@code +Infinity} otherwise (for {@code alpha >= 2} zero is
     * approached but never reached).
     */
    public double zeroTime(double w0) {
        double c = rate(w0);
        if (alpha >= 2 || c >= 0 || w0 == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double p = RichGetRicher.exponent(alpha);
        return Math.pow(Math.abs(w0), 1 - p) / ((1 - p) * -c);
    }

    /** The flow as a one-dimensional ODE in psi, for numerical integration. */
    public OdeSystem system() {
        return new OdeSystem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivative(double t, double[] y, double[] yDot) {
                yDot[0] = -RichGetRicher.psiGradient(y[0], gradient, alpha);
            }
        };
    }
}
