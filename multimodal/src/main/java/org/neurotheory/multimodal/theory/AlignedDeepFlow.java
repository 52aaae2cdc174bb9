package org.neurotheory.multimodal.theory;

import java.util.Arrays;
import org.neurotheory.core.Require;
import org.neurotheory.core.ode.OdeSystem;
import org.neurotheory.core.ode.Rk4Integrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;
import org.neurotheory.multimodal.model.PhaseTimes;

/**
 * The exact gradient flow of a depth-L linear fusion network started from the aligned, balanced
 * rank-one initialisation on the scalar toy (paper Sec. 4; §3.5, Eq. E3 with the full errors):
 * every layer on modality m's path has norm u_m, every shared layer norm v, and
 * <pre>
 *   du_m/dt = v^{L-L_f} u_m^{L_f-1} e_m,   dv/dt = (e_A W_A + e_B W_B) / v,   W_m = v^{L-L_f} u_m^{L_f},
 *   e_A = r^2 + rho r - r^2 W_A - rho r W_B,   e_B = 1 + rho r - W_B - rho r W_A,
 * </pre>
 * from {@code u_A = u_B = u0}, {@code v = sqrt(2) u0} (so {@code v^2 = u_A^2 + u_B^2} for ever).
 * The rank-one aligned structure is invariant under the flow, so this three-variable system is the
 * network's gradient flow itself, not an approximation; for L_f = 1 the fusion layer is one
 * rank-one matrix and u_B may change sign. The closed form {@link DeepFusionTheory} (E4-E6) is
 * its leading order as u0 -> 0: it keeps e_A = a, e_B = b until A is learned, lets u_B grow to
 * infinity on the residual alone, and has no wrong-sign excursion of W_B in early fusion.
 *
 * <p>The learning times are measured on the integrated path exactly as {@link PhaseTimes} measures
 * a network run (t_A closest to half of {@code 1 + rho/r}, t_B closest to half of max W_B), on a
 * path sampled every {@code sample} time units and ended when the loss falls below {@code stopLoss}
 * (the simulations' stopping rule). RK4 with step {@code sample / 5}.
 *
 * @param depth    L >= 2
 * @param fusion   L_f in [1, L]
 * @param ratio    r = sigma_A / sigma_B >= 1
 * @param rho      correlation in (-1, 1)
 * @param u0       per-layer initial norm in (0, 1)
 * @param sample   time between recorded states, > 0 (the simulations' eta)
 * @param stopLoss loss at which the path ends, > 0
 */
public record AlignedDeepFlow(int depth, int fusion, double ratio, double rho, double u0, double sample, double stopLoss) {
    /** The longest path integrated, in time units, before giving up. */
    public static final double MAX_TIME = 100_000;
    private static final double CHUNK = 50;

    public AlignedDeepFlow {
        new DeepFusionTheory(depth, fusion, ratio, rho, u0);
        Require.positive("sample", sample);
        Require.positive("stopLoss", stopLoss);
    }

    /** Learning times (t_A, t_B) in time units and their ratio, measured as on a network run. */
    public record Times(double timeA, double timeB) {
        /** t_B / t_A. */
        public double ratio() {
            return timeB / timeA;
        }
    }

    /**
     * Integrates until the loss is below {@code stopLoss} and measures t_A, t_B.
     *
     * @throws IllegalStateException when the loss is still above {@code stopLoss} at {@link #MAX_TIME}
     */
    public Times times() {
        Flow flow = new Flow();
        Rk4Integrator rk4 = new Rk4Integrator(sample / 5);
        int perChunk = (int) Math.round(CHUNK / sample);
        double[] wa = new double[perChunk + 1];
        double[] wb = new double[perChunk + 1];
        int n = 0;
        double[] y = {u0, u0, Math.sqrt(2) * u0};
        double t = 0;
        record(flow, y, wa, wb, n++);
        while (flow.loss(y) >= stopLoss) {
            Require.that(t < MAX_TIME, "stopLoss", stopLoss, "was not reached by t = " + MAX_TIME + " for " + this);
            Trajectory path = rk4.integrate(flow, y, TimeGrid.everySteps(t, sample / 5, 5L * perChunk, 5));
            if (n + perChunk > wa.length) {
                wa = Arrays.copyOf(wa, 2 * wa.length + perChunk);
                wb = Arrays.copyOf(wb, 2 * wb.length + perChunk);
            }
            for (int i = 1; i < path.size() && flow.loss(y) >= stopLoss; i++) {
                y = path.state(i);
                record(flow, y, wa, wb, n++);
            }
            t += CHUNK;
        }
        double[] a = Arrays.copyOf(wa, n);
        double[] b = Arrays.copyOf(wb, n);
        double maxB = Arrays.stream(b).max().orElseThrow();
        int tA = PhaseTimes.closest(a, (1 + rho / ratio) / 2);
        int tB = PhaseTimes.closest(b, maxB / 2);
        return new Times(tA * sample, tB * sample);
    }

    /** The time ratio t_B / t_A of the exact flow. */
    public double timeRatio() {
        return times().ratio();
    }

    private static void record(Flow flow, double[] y, double[] wa, double[] wb, int i) {
        wa[i] = flow.total(y, 0);
        wb[i] = flow.total(y, 1);
    }

    /** The reduced system in (u_A, u_B, v). */
    private final class Flow implements OdeSystem {
        @Override
        public int dimension() {
            return 3;
        }

        /** W_m^tot of a state, m = 0 (A) or 1 (B). */
        double total(double[] y, int m) {
            return pow(y[2], depth - fusion) * pow(y[m], fusion);
        }

        double loss(double[] y) {
            double da = total(y, 0) - 1;
            double db = total(y, 1) - 1;
            return 0.5 * (ratio * ratio * da * da + 2 * rho * ratio * da * db + db * db);
        }

        @Override
        public void derivative(double t, double[] y, double[] yDot) {
            double wa = total(y, 0);
            double wb = total(y, 1);
            double ea = ratio * ratio + rho * ratio - ratio * ratio * wa - rho * ratio * wb;
            double eb = 1 + rho * ratio - wb - rho * ratio * wa;
            double shared = pow(y[2], depth - fusion);
            yDot[0] = shared * pow(y[0], fusion - 1) * ea;
            yDot[1] = shared * pow(y[1], fusion - 1) * eb;
            yDot[2] = depth == fusion ? 0 : (ea * wa + eb * wb) / y[2];
        }
    }

    private static double pow(double x, int k) {
        double p = 1;
        for (int i = 0; i < k; i++) {
            p *= x;
        }
        return p;
    }
}
