package org.neurotheory.cortex.model;

import org.neurotheory.core.Require;

/**
 * Exact one-step solution of the linear subthreshold system (§2.6):
 * <pre>
 *   V &larr; V e^{-dt/tau_m} + sum_s h_s (tau_s/(tau_s - tau_m)) (e^{-dt/tau_s} - e^{-dt/tau_m})
 *   h_s &larr; h_s e^{-dt/tau_s}
 * </pre>
 * using the old {@code h} in the V update, followed by the threshold test {@code V > theta},
 * reset and refractory hold. Excitatory (E and X) inputs share {@code tau_E} and are summed in one
 * variable {@code hEx}; inhibitory inputs live in {@code hIn}. When {@code tau_s = tau_m} the
 * coefficient is its limit {@code (dt/tau_m) e^{-dt/tau_m}}.
 *
 * <p>Refractoriness follows Brian2's rule: after a spike in step n the voltage is held at the
 * reset until step {@code n + round(tau_ref/dt)}, where integration resumes. The synaptic
 * variables keep evolving during the hold. Methods work on caller-owned arrays and allocate nothing.
 */
public final class ExactPropagator {
    private final double em;
    private final double esE;
    private final double esI;
    private final double cE;
    private final double cI;
    private final double jumpE;
    private final double jumpI;

    /**
     * @param neuron single-neuron constants
     * @param dt     time step (ms)
     */
    public ExactPropagator(NeuronParameters neuron, double dt) {
        Require.nonNull("neuron", neuron);
        Require.positive("dt", dt);
        double tm = neuron.tauM();
        em = Math.exp(-dt / tm);
        esE = Math.exp(-dt / neuron.tauE());
        esI = Math.exp(-dt / neuron.tauI());
        cE = coupling(neuron.tauE(), tm, dt, esE, em);
        cI = coupling(neuron.tauI(), tm, dt, esI, em);
        jumpE = tm / neuron.tauE();
        jumpI = tm / neuron.tauI();
    }

    private static double coupling(double ts, double tm, double dt, double es, double em) {
        if (Math.abs(ts - tm) < 1e-12 * tm) {
            return dt / tm * em;
        }
        return ts / (ts - tm) * (es - em);
    }

    /** Jump of {@code hEx} per arriving spike of efficacy J is {@code J * excitatoryJump()} = J tau_m / tau_E. */
    public double excitatoryJump() {
        return jumpE;
    }

    /** Jump of {@code hIn} per arriving spike of efficacy J is {@code J * inhibitoryJump()} = J tau_m / tau_I. */
    public double inhibitoryJump() {
        return jumpI;
    }

    /**
     * Advances neurons {@code [from, to)} by one step, then tests the threshold. Indices of the
     * neurons that spiked are written to {@code spikes} starting at {@code count}.
     *
     * <p>Two passes keep the hot loop branch-free so the JIT can vectorise it: the first updates
     * every neuron, selecting the new V with {@code active[i]} (1 = integrating, 0 = held at reset;
     * the select {@code new * a + old * (1 - a)} is exact for a in {0, 1}); the second scans for
     * threshold crossings and counts down refractory holds.
     *
     * @param active   1.0 for integrating neurons, 0.0 during the refractory hold (kept by this method)
     * @param ref      remaining hold steps (kept by this method)
     * @param refSteps refractory hold in steps, {@code round(tau_ref/dt)}
     * @return the new spike count
     */
    public int advanceSpiking(double[] v, double[] hEx, double[] hIn, double[] active, int[] ref, int from, int to,
                              double theta, double vReset, int refSteps, int[] spikes, int count) {
        final double em = this.em, esE = this.esE, esI = this.esI, cE = this.cE, cI = this.cI;
        for (int i = from; i < to; i++) {
            double he = hEx[i];
            double hi = hIn[i];
            double vi = v[i];
            double a = active[i];
            v[i] = (vi * em + he * cE + hi * cI) * a + vi * (1 - a);
            hEx[i] = he * esE;
            hIn[i] = hi * esI;
        }
        final int hold = Math.max(refSteps - 1, 0);
        final double afterSpike = hold > 0 ? 0.0 : 1.0;
        int n = count;
        for (int i = from; i < to; i++) {
            if (ref[i] > 0) {
                if (--ref[i] == 0) {
                    active[i] = 1.0;
                }
            } else if (v[i] > theta) {
                v[i] = vReset;
                ref[i] = hold;
                active[i] = afterSpike;
                spikes[n++] = i;
            }
        }
        return n;
    }

    /** Advances passive neurons {@code [from, to)} (no threshold, no reset) by one step. */
    public void advancePassive(double[] v, double[] hEx, double[] hIn, int from, int to) {
        final double em = this.em, esE = this.esE, esI = this.esI, cE = this.cE, cI = this.cI;
        for (int i = from; i < to; i++) {
            double he = hEx[i];
            double hi = hIn[i];
            v[i] = v[i] * em + he * cE + hi * cI;
            hEx[i] = he * esE;
            hIn[i] = hi * esI;
        }
    }
}
