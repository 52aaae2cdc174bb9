package org.neurotheory.cortex.model;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Clock-driven simulator of the current-based LIF E-I network with external population X and
 * passive probes (§2): exact integration ({@link ExactPropagator}), one uniform
 * transmission delay through a ring of spike lists, CSR connectivity ({@link SparseConnectivity}).
 *
 * <p>Order within step n (§2.6, Brian2's default schedule): (1) propagate every
 * neuron, (2) threshold, reset, refractory; X neurons spike with probability {@code nu_X(t_n) dt},
 * (3) deliver the spikes emitted in step {@code n - D}: {@code h += J tau_m / tau_s}. A spike of
 * step n therefore moves the targets' {@code h} at step {@code n + D} and their V from
 * {@code n + D + 1}. Probes are sampled at the start of a step. X spikes are drawn by geometric
 * skipping over the X population, which is exactly a Bernoulli draw per X neuron per step but
 * costs one random number per spike.
 *
 * <p>A network holds its state; {@link #run} starts from fresh initial conditions (V uniform in
 * {@code [0, theta)}, h = 0, probes at rest) drawn from the run seed, so one connectivity serves
 * many runs. The step loop allocates nothing. Not thread-safe: one run at a time per instance.
 */
public final class CorticalNetwork {
    private final NetworkParameters params;
    private final SparseConnectivity connectivity;
    private final ExactPropagator propagator;
    private final int nE;
    private final int nI;
    private final int nX;
    private final int nP;
    private final double[] v;
    private final double[] hEx;
    private final double[] hIn;
    private final int[] ref;
    private final double[] active;
    private final int[][] ring;
    private final int[] ringCount;

    /**
     * Builds the network and draws its connectivity.
     *
     * @param params      network parameters
     * @param networkSeed seed of the connectivity
     */
    public CorticalNetwork(NetworkParameters params, long networkSeed) {
        this(Require.nonNull("params", params), SparseConnectivity.erdosRenyi(params, networkSeed));
    }

    private CorticalNetwork(NetworkParameters params, SparseConnectivity connectivity) {
        this.params = params;
        this.connectivity = connectivity;
        this.propagator = new ExactPropagator(params.neuron(), params.dt());
        nE = params.nE();
        nI = params.nI();
        nX = params.nX();
        nP = params.nProbe();
        int nR = nE + nI + nP;
        v = new double[nR];
        hEx = new double[nR];
        hIn = new double[nR];
        ref = new int[nR];
        active = new double[nR];
        ring = new int[params.delaySteps() + 1][nE + nI + nX];
        ringCount = new int[params.delaySteps() + 1];
    }

    /**
     * The same network (parameters and connectivity, shared, not copied) with a state of its own, so
     * that two runs can go on at the same time, one per instance. A run gives the same record on
     * either instance.
     */
    public CorticalNetwork withOwnState() {
        return new CorticalNetwork(params, connectivity);
    }

    /** The parameters. */
    public NetworkParameters params() {
        return params;
    }

    /** The connectivity. */
    public SparseConnectivity connectivity() {
        return connectivity;
    }

    /**
     * Runs the network from fresh initial conditions.
     *
     * @param input       external rate per step; its length sets the duration
     * @param recordX     whether to record X spikes
     * @param probeEvery  probe sampling interval in steps
     * @param runSeed     seed of initial conditions and X spikes
     */
    public SimulationRecord run(InputProfile input, boolean recordX, int probeEvery, long runSeed) {
        Require.nonNull("input", input);
        Require.that(Math.abs(input.dt() - params.dt()) < 1e-12, "input.dt", input.dt(),
                "must equal the network dt = " + params.dt());
        Require.positive("probeEvery", probeEvery);
        int steps = input.steps();
        double[] rates = input.rates();
        NeuronParameters np = params.neuron();
        SplittableRandom rng = Seeds.stream(Seeds.derive(runSeed, 3));
        reset(rng);

        double tSec = steps * params.dt() / 1000.0;
        SpikeRaster eR = new SpikeRaster(nE, (int) Math.min(1 << 28, 1.5 * nE * tSec * 12 + 1024));
        SpikeRaster iR = new SpikeRaster(nI, (int) Math.min(1 << 28, 1.5 * nI * tSec * 20 + 1024));
        SpikeRaster xR = new SpikeRaster(nX, recordX ? (int) Math.min(1 << 28,
                1.2 * nX * tSec * input.mean(0, steps) + 1024) : 0);
        int samples = (steps + probeEvery - 1) / probeEvery;
        double[][] pv = new double[nP][samples];
        double[][] pe = new double[nP][samples];
        double[][] pi = new double[nP][samples];

        final int refE = (int) Math.rint(np.tauRefE() / params.dt());
        final int refI = (int) Math.rint(np.tauRefI() / params.dt());
        final double theta = np.theta();
        final double vr = np.vReset();
        final int slots = ring.length;
        final int xOffset = nE + nI;
        final double dtSec = params.dt() / 1000.0;
        final Couplings j = params.j();
        final double ge = propagator.excitatoryJump();
        final double gi = propagator.inhibitoryJump();
        final double[] wFromE = {j.jEE() * ge, j.jIE() * ge, j.jEE() * ge};
        final double[] wFromI = {j.jEI() * gi, j.jII() * gi, j.jEI() * gi};
        final double[] wFromX = {j.jEX() * ge, j.jIX() * ge, j.jEX() * ge};

        long t0 = System.nanoTime();
        for (int n = 0; n < steps; n++) {
            if (n % probeEvery == 0) {
                int s = n / probeEvery;
                for (int k = 0; k < nP; k++) {
                    int r = xOffset + k;
                    pv[k][s] = v[r];
                    pe[k][s] = hEx[r];
                    pi[k][s] = hIn[r];
                }
            }
            int slot = n % slots;
            int[] out = ring[slot];
            int c = propagator.advanceSpiking(v, hEx, hIn, active, ref, 0, nE, theta, vr, refE, out, 0);
            int cE = c;
            c = propagator.advanceSpiking(v, hEx, hIn, active, ref, nE, nE + nI, theta, vr, refI, out, c);
            int cEI = c;
            propagator.advancePassive(v, hEx, hIn, nE + nI, nE + nI + nP);
            c = drawExternal(rates[n] * dtSec, rng, out, c, xOffset);
            ringCount[slot] = c;
            for (int k = 0; k < cE; k++) {
                eR.add(n, out[k]);
            }
            for (int k = cE; k < cEI; k++) {
                iR.add(n, out[k] - nE);
            }
            if (recordX) {
                for (int k = cEI; k < c; k++) {
                    xR.add(n, out[k] - xOffset);
                }
            }
            int arriving = (n + 1) % slots;
            if (n + 1 >= slots) {
                deliver(ring[arriving], ringCount[arriving], wFromE, wFromI, wFromX);
            }
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        return new SimulationRecord(params, input, eR, iR, xR,
                new ProbeTraces(pv, pe, pi, probeEvery, params.dt()), wall);
    }

    private void reset(SplittableRandom rng) {
        double theta = params.neuron().theta();
        for (int i = 0; i < nE + nI; i++) {
            v[i] = rng.nextDouble() * theta;
        }
        Arrays.fill(v, nE + nI, v.length, 0.0);
        Arrays.fill(hEx, 0.0);
        Arrays.fill(hIn, 0.0);
        Arrays.fill(ref, 0);
        Arrays.fill(active, 1.0);
        Arrays.fill(ringCount, 0);
    }

    /** Bernoulli(q) spikes of the X neurons by geometric skipping; appends source indices. */
    private int drawExternal(double q, SplittableRandom rng, int[] out, int c, int xOffset) {
        if (q <= 0 || nX == 0) {
            return c;
        }
        if (q >= 1) {
            for (int k = 0; k < nX; k++) {
                out[c++] = xOffset + k;
            }
            return c;
        }
        double logQ = Math.log1p(-q);
        long k = -1;
        while (true) {
            k += 1 + (long) (Math.log(1.0 - rng.nextDouble()) / logQ);
            if (k >= nX) {
                return c;
            }
            out[c++] = xOffset + (int) k;
        }
    }

    private void deliver(int[] spikes, int count, double[] wFromE, double[] wFromI, double[] wFromX) {
        final int[] seg = connectivity.segments();
        final int[] tg = connectivity.targets();
        for (int s = 0; s < count; s++) {
            int src = spikes[s];
            double[] h;
            double[] w;
            if (src < nE) {
                h = hEx;
                w = wFromE;
            } else if (src < nE + nI) {
                h = hIn;
                w = wFromI;
            } else {
                h = hEx;
                w = wFromX;
            }
            int b = 3 * src;
            for (int a = 0; a < 3; a++) {
                double wa = w[a];
                int end = seg[b + a + 1];
                for (int k = seg[b + a]; k < end; k++) {
                    h[tg[k]] += wa;
                }
            }
        }
    }
}
