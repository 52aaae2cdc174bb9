package org.neurotheory.synaptic.experiments;

import java.math.BigDecimal;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.synaptic.model.SynapticParameters;
import org.neurotheory.synaptic.theory.DendriticAttenuation;

/**
 * F7, prediction P4 (§3.5, reconstructed mechanism): normalised variability s^2/m
 * against distance from the soma when the error signal is attenuated by a(d) = exp(-d/lambda) and
 * corrupted by local noise sigma_loc; nu = 1 Hz, m = 0.5 mV, sigma_delta^2 = 4.78 mV^2 (reference values).
 */
public final class Fig7SomaDistance implements FigureSpec {
    /**
     * Settings.
     *
     * @param model  the synapse model
     * @param points distances on [0, 3] length constants
     */
    public record Params(SynapticParameters model, int points) {
        public Params {
            Require.nonNull("model", model);
            Require.that(points >= 2, "points", points, "must be >= 2");
        }

        /** 121 distances. */
        public static Params paper() {
            return new Params(SynapticParameters.paper(), 121);
        }

        /** 31 distances. */
        public static Params quick() {
            return new Params(SynapticParameters.paper(), 31);
        }
    }

    private static final double NU = 1;
    private static final double M = 0.5;
    private static final double SIGMA_DELTA2 = 4.78;

    @Override
    public String key() {
        return "fig7";
    }

    @Override
    public String title() {
        return "P4 (reconstructed): PSP variability rises with distance from the soma";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params settings = scale.pick(Params.quick(), Params.paper());
        SynapticParameters p = settings.model();
        FigureData data = new FigureData(title()).parameters(p).parameter("nu", NU).parameter("m", M)
                .parameter("sigmaDelta2", SIGMA_DELTA2).parameter("lengthConstant", 1.0);
        var panel = data.panel("model", "distance from soma d / lambda", "s^2/m (mV)");
        int points = settings.points();
        double[] d = new double[points];
        for (int j = 0; j < points; j++) {
            d[j] = 3.0 * j / (points - 1);
        }
        boolean monotone = true;
        double flatSpread = 0;
        for (double noise : new double[] {0, 1, 2}) {
            DendriticAttenuation model = new DendriticAttenuation(1, noise);
            double[] v = new double[points];
            for (int j = 0; j < points; j++) {
                v[j] = model.normalisedVariability(NU, M, SIGMA_DELTA2, p.sigma2Prior(), p.tau(), d[j]);
                if (j > 0 && noise > 0) {
                    monotone &= v[j] > v[j - 1];
                }
                if (noise == 0) {
                    flatSpread = Math.max(flatSpread, Math.abs(v[j] - v[0]));
                }
            }
            String name = String.format("sigma_loc = %g mV", noise);
            panel.line(name, d, v).condition(name, "sigma_{loc} = " + BigDecimal.valueOf(noise).stripTrailingZeros().toPlainString() + " mV");
        }
        data.check(Check.holds("s^2/m rises monotonically with distance (sigma_loc > 0)", monotone));
        data.check(Check.absolute("no distance effect without local noise", 0, flatSpread, 1e-15));
        // §3.5 example (sigma_loc = 2 mV): 0.0232, 0.0257, 0.0287, 0.0331 mV at
        // a = 1, 0.7, 0.5, 0.3; the reference rounds to 3 digits, so 0.3% relative.
        DendriticAttenuation two = new DendriticAttenuation(1, 2);
        double[] a = {1, 0.7, 0.5, 0.3};
        double[] expected = {0.0232, 0.0257, 0.0287, 0.0331};
        for (int k = 0; k < a.length; k++) {
            data.check(Check.relative("s^2/m at attenuation a = " + a[k] + " (§3.5 example)", expected[k],
                    two.normalisedVariability(NU, M, SIGMA_DELTA2, p.sigma2Prior(), p.tau(), -Math.log(a[k])), 0.003));
        }
        data.note("Mechanism reconstructed (§3.5); the paper's own mechanism and data for P4 are unknown, "
                + "so only monotonicity is a prediction.");
        return data;
    }
}
