package org.neurotheory.gridcells.experiments;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.theory.RoomGeometry;

/**
 * Fig. 5F-H of the paper: the frequency penalty set by the room's shape, {@code Phi(k)}, the squared
 * characteristic function of the occupancy. F: square box, zero lines at multiples of 2 pi / L along
 * both axes; G: disc, rings of zeros at {@code |k| R = j_{1,n}}; H: one axis of a box of width L and of
 * the same box squashed to 2L/3: optimal frequencies {@code 2 pi n / L} and {@code 3 pi n / L}, with
 * {@code 6 pi / L} shared. Checks compare the closed forms with a Monte-Carlo characteristic function.
 */
public final class Fig5fghRoomGeometry extends PresetFigure<Fig5fghRoomGeometry.Params> {

    /** @param width box width L; @param bins heat-map bins per side; @param samples Monte-Carlo points */
    public record Params(double width, int bins, int samples) {
        public Params {
            Require.positive("width", width);
            Require.that(bins >= 11, "bins", bins, "must be >= 11");
            Require.that(samples >= 1000, "samples", samples, "must be >= 1000");
        }

        public static Params quick() {
            return new Params(1, 61, 100000);
        }

        public static Params paper() {
            return new Params(1, 121, 1000000);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig5fghRoomGeometry() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig5fgh";
    }

    @Override
    public String title() {
        return "Fig. 5F-H: room geometry sets penalty-free frequencies";
    }

    @Override
    void draw(Params p, long seed, FigureData data) {
        double w = p.width();
        double kMax = 6 * Math.PI / w * 1.5;
        int b = p.bins();
        double[] x = new double[b * b];
        double[] y = new double[b * b];
        double[] box = new double[b * b];
        double[] disc = new double[b * b];
        for (int iy = 0; iy < b; iy++) {
            for (int ix = 0; ix < b; ix++) {
                double kx = -kMax + 2 * kMax * ix / (b - 1);
                double ky = -kMax + 2 * kMax * iy / (b - 1);
                x[iy * b + ix] = Math.round(kx * 10) / 10.0;
                y[iy * b + ix] = Math.round(ky * 10) / 10.0;
                box[iy * b + ix] = Math.log10(RoomGeometry.rectangle(kx, ky, w, w) + 1e-6);
                disc[iy * b + ix] = Math.log10(RoomGeometry.disc(Math.hypot(kx, ky), w / 2) + 1e-6);
            }
        }
        data.panel("F square box log10 Phi", "k_x", "k_y").title("F", "square box: log_{10} Phi").heatmap().grid("log10 Phi", x, y, box);
        data.panel("G disc log10 Phi", "k_x", "k_y").title("G", "disc: log_{10} Phi").heatmap().grid("log10 Phi", x, y, disc);
        int n = 600;
        double[] k = new double[n];
        double[] full = new double[n];
        double[] squashed = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = 8 * Math.PI / w * (i + 1) / n;
            full[i] = RoomGeometry.box(k[i], w);
            squashed[i] = RoomGeometry.box(k[i], 2 * w / 3);
        }
        data.panel("H one axis", "k (1/L)", "Phi(k)").title("H", "one axis: Phi(k)").logY().line("width L", k, floor(full)).line("width 2L/3", k, floor(squashed));
        data.check(Check.absolute("box Phi at 6 pi / L (shared zero)", 0, RoomGeometry.box(6 * Math.PI / w, w)
                + RoomGeometry.box(6 * Math.PI / w, 2 * w / 3), 1e-25));
        double[] zeros = RoomGeometry.discWavelengthsPerDiameter();
        double[] reported = {0.82, 0.45, 0.31, 0.24, 0.19};
        for (int i = 0; i < zeros.length; i++) {
            // the paper quotes two decimals
            data.check(Check.absolute("disc optimal wavelength " + (i + 1) + " / diameter", reported[i], zeros[i], 0.005));
        }
        SplittableRandom rng = Seeds.stream(seed);
        double kTest = 3.0 / w;
        double reBox = 0;
        double reDisc = 0;
        for (int i = 0; i < p.samples(); i++) {
            reBox += Math.cos(kTest * (rng.nextDouble() - 0.5) * w) / p.samples();
            double r = w / 2 * Math.sqrt(rng.nextDouble());
            reDisc += Math.cos(kTest * r * Math.cos(2 * Math.PI * rng.nextDouble())) / p.samples();
        }
        double se = 1 / Math.sqrt(p.samples());
        // the characteristic function of both (symmetric) rooms is real; Monte-Carlo error ~ 1/sqrt(samples)
        data.check(Check.absolute("box Phi at k = 3/L vs Monte Carlo", reBox * reBox, RoomGeometry.box(kTest, w), 8 * se));
        data.check(Check.absolute("disc Phi at k = 3/L vs Monte Carlo", reDisc * reDisc, RoomGeometry.disc(kTest, w / 2), 8 * se));
    }

    private static double[] floor(double[] v) {
        double[] o = v.clone();
        for (int i = 0; i < o.length; i++) {
            o[i] = Math.max(o[i], 1e-6);
        }
        return o;
    }
}
