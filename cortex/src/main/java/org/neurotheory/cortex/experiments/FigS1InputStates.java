package org.neurotheory.cortex.experiments;

import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Curves;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.cortex.model.InputParameters;
import org.neurotheory.cortex.model.InputProfile;
import org.neurotheory.cortex.model.InputState;
import org.neurotheory.cortex.model.NetworkParameters;
import org.neurotheory.cortex.model.SparseConnectivity;
import org.neurotheory.cortex.model.analysis.SpikeStatistics;

/**
 * Fig-S1 (reconstruction): the model and its five input states. Panel a shows the E in-degree
 * distributions (the schematic's numbers: K = p N per projection); panel b the external rate
 * {@code nu_X(t)} of states A, H, B, C, U over 2 s. Checks test the input processes against their
 * definitions (§2.5) on long draws.
 */
public final class FigS1InputStates implements FigureSpec {
    /**
     * Settings.
     *
     * @param network the network (quick: the reduced network; paper: SUB-0)
     * @param upDownSampleMs length of the telegraph input sampled for the Up fraction (ms)
     */
    public record Params(NetworkParameters network, double upDownSampleMs) {
        public Params {
            Require.nonNull("network", network);
            Require.positive("upDownSampleMs", upDownSampleMs);
        }

        /** The full SUB-0 network. */
        public static Params paper() {
            return new Params(NetworkParameters.sub0(), 1000000.0);
        }

        /** The reduced network (half-size populations, same in-degrees). */
        public static Params quick() {
            return new Params(NetworkParameters.quick(), 200000.0);
        }
    }

    @Override
    public String key() {
        return "figs1";
    }

    @Override
    public String title() {
        return "Fig-S1 (reconstruction): network and the five input states A, H, B, C, U";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params settings = scale.pick(Params.quick(), Params.paper());
        NetworkParameters p = settings.network();
        InputParameters in = InputParameters.sub0();
        FigureData data = new FigureData(title()).parameters(p).parameter("scale", scale.toString());
        data.note("Substitute model SUB-0 (§2): the paper's own model is unknown; this is a reconstruction.");

        SparseConnectivity c = SparseConnectivity.erdosRenyi(p, Seeds.derive(seed, 1));
        int nR = p.nE() + p.nI() + p.nProbe();
        Panel a = data.panel("a", "in-degree", "fraction of E neurons")
                .title("a", "in-degrees of E neurons (from I and X overlap: N_I = N_X)");
        double[][] deg = new double[3][];
        String[] names = {"from E", "from I", "from X"};
        int[][] ranges = {{0, p.nE()}, {p.nE(), p.nE() + p.nI()}, {p.nE() + p.nI(), p.nE() + p.nI() + p.nX()}};
        double[] k = {p.kE(), p.kI(), p.kX()};
        for (int b = 0; b < 3; b++) {
            int[] d = c.inDegrees(ranges[b][0], ranges[b][1], nR);
            deg[b] = new double[p.nE()];
            for (int i = 0; i < p.nE(); i++) {
                deg[b][i] = d[i];
            }
            Curves.histogram(a, names[b], deg[b], 0, 2 * p.kE(), 80);
            // binomial in-degree: s.e. of the mean over N_E neurons is sqrt(K (1 - p) / N_E); 5 s.e.
            double se = Math.sqrt(k[b] * (1 - p.p()) / p.nE());
            data.check(Check.absolute("mean E in-degree " + names[b] + " = K = p N", k[b],
                    SpikeStatistics.mean(deg[b]), 5 * se));
        }

        double dt = p.dt();
        int show = (int) Math.round(2000 / dt);
        Panel b = data.panel("b", "time (s)", "nu_X (Hz)").title("b", "external rate per input state (A lies under C)");
        for (InputState s : InputState.values()) {
            InputProfile prof = s.profile(show, dt, in, Seeds.derive(seed, 2));
            double[] x = new double[show / 10];
            double[] y = new double[show / 10];
            for (int i = 0; i < x.length; i++) {
                x[i] = i * 10 * dt / 1000.0;
                y[i] = prof.rates()[i * 10];
            }
            b.line(s.name(), x, y);
        }

        // Long draws test the processes against their definitions.
        int steps = (int) Math.round(settings.upDownSampleMs() / dt);
        InputProfile ou = InputState.B.profile(steps, dt, in, Seeds.derive(seed, 3));
        double[] rel = new double[steps];
        for (int n = 0; n < steps; n++) {
            rel[n] = ou.rates()[n] / in.baseRate() - 1;
        }
        // OU s.d. estimate from T/tau_c ~ 4000 (quick) independent stretches: relative s.e. ~ 1/sqrt(2 * 2000)
        // plus the clipping at 0 (P(xi < -1/a) = 5%), which lowers the s.d. by ~4%: tolerance 10%.
        data.check(Check.relative("state B: s.d. of nu_X/nu_0 = a", in.ouAmplitude(), SpikeStatistics.sd(rel), 0.10));
        InputProfile volleys = InputState.C.profile(steps, dt, in, seed);
        double extra = 0;
        for (int n = 0; n < (int) Math.round(900 / dt); n++) { // [0, 900) ms holds the volleys at 500 and 750 ms
            extra += (volleys.rates()[n] - in.baseRate()) * dt / 1000.0;
        }
        // deterministic profile: the sampled Gaussian integrates to p_v per volley to 1e-6
        data.check(Check.relative("state C: extra spikes per X neuron per volley = p_v", in.volleySize(), extra / 2, 1e-6));
        InputProfile ud = InputState.U.profile(steps, dt, in, Seeds.derive(seed, 4));
        int up = 0;
        for (double r : ud.rates()) {
            if (r > (in.upRate() + in.downRate()) / 2) {
                up++;
            }
        }
        double fracUp = up / (double) steps;
        // ~T / 1 s cycles (200 quick); fraction s.e. ~ 0.4 * 0.6 * sqrt(2 / cycles) ~ 0.02 (quick): 3 s.e.
        data.check(Check.absolute("state U: fraction of time Up = 0.4/(0.4+0.6)",
                in.meanUp() / (in.meanUp() + in.meanDown()), fracUp, scale.pick(0.07, 0.03)));
        return data;
    }
}
