package org.neurotheory.gridcells.experiments;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.theory.GaussianOccupancy;
import org.neurotheory.gridcells.theory.LatticePacking;

/**
 * Fig. 4A of the paper: the weight {@code beta(|k|)} a frequency earns under a Gaussian occupancy
 * (std L) and chi (length l) rises above {@code 1/L} and falls back beyond {@code 1/l}, an annulus of
 * useful frequencies; a hexagonal lattice whose shortest vector sits on the inner edge puts more
 * frequencies inside it than a square one. Panels: beta(|k|) (closed form and a Monte-Carlo check
 * at a few |k|), a radial heat map of beta over frequency space, and the annulus counts against
 * the outer radius.
 */
public final class Fig4aGoldilocksAnnulus extends PresetFigure<Fig4aGoldilocksAnnulus.Params> {

    /**
     * @param occupancyStd L
     * @param chiLength    l
     * @param mcPairs      Monte-Carlo pairs per checked |k|
     * @param heatBins     bins per side of the heat map
     */
    public record Params(double occupancyStd, double chiLength, int mcPairs, int heatBins) {
        public Params {
            Require.positive("occupancyStd", occupancyStd);
            Require.positive("chiLength", chiLength);
            Require.that(mcPairs >= 1000, "mcPairs", mcPairs, "must be >= 1000");
            Require.that(heatBins >= 8, "heatBins", heatBins, "must be >= 8");
        }

        public static Params quick() {
            return new Params(1, 0.5, 40000, 41);
        }

        public static Params paper() {
            return new Params(1, 0.5, 400000, 81);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig4aGoldilocksAnnulus() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig4a";
    }

    @Override
    public String title() {
        return "Fig. 4A: the annulus of useful frequencies; hexagons fit more of them";
    }

    @Override
    void draw(Params p, long seed, FigureData data) {
        double lo = p.occupancyStd();
        double l = p.chiLength();
        int n = 400;
        double[] k = new double[n];
        double[] beta = new double[n];
        double best = 0;
        double arg = 0;
        for (int i = 0; i < n; i++) {
            k[i] = 8.0 * (i + 1) / n;
            beta[i] = GaussianOccupancy.beta(k[i], lo, l, 2);
            if (beta[i] > best) {
                best = beta[i];
                arg = k[i];
            }
        }
        Panel bp = data.panel("beta(|k|)", "|k| (1/L)", "weight of a balanced frequency").dashed("closed form", k, beta);
        double[] mk = {0.5, 1, 2.2, 4, 7};
        double[] mv = new double[mk.length];
        SplittableRandom rng = Seeds.stream(seed);
        for (int i = 0; i < mk.length; i++) {
            double[] est = monteCarloBeta(mk[i], lo, l, p.mcPairs(), rng);
            mv[i] = est[0];
            data.check(Check.absolute("beta(" + mk[i] + ") Monte Carlo vs closed form (4 s.e.)",
                    GaussianOccupancy.beta(mk[i], lo, l, 2), est[0], 4 * est[1]));
        }
        bp.markers("Monte Carlo", mk, mv);
        data.check(Check.absolute("peak of beta (2-D, L = 1, l = 0.5 peaks near 2.2)", 2.2, arg, 0.1));
        int hb = p.heatBins();
        double[] hx = new double[hb * hb];
        double[] hy = new double[hb * hb];
        double[] hz = new double[hb * hb];
        for (int iy = 0; iy < hb; iy++) {
            for (int ix = 0; ix < hb; ix++) {
                double x = Math.round((-6 + 12.0 * ix / (hb - 1)) * 100) / 100.0;
                double y = Math.round((-6 + 12.0 * iy / (hb - 1)) * 100) / 100.0;
                hx[iy * hb + ix] = x;
                hy[iy * hb + ix] = y;
                hz[iy * hb + ix] = GaussianOccupancy.beta(Math.hypot(x, y), lo, l, 2);
            }
        }
        data.panel("beta over frequency space", "k_x", "k_y").heatmap().grid("beta", hx, hy, hz);
        double kIn = 1 / lo;
        double[][] h = LatticePacking.hexagonal(kIn);
        double[][] s = LatticePacking.square(kIn);
        double[] outer = new double[31];
        double[] hc = new double[outer.length];
        double[] sc = new double[outer.length];
        for (int i = 0; i < outer.length; i++) {
            outer[i] = 1.05 + 0.1 * i;
            hc[i] = LatticePacking.annulusCount(h[0], h[1], 0.99 * kIn, outer[i] * kIn);
            sc[i] = LatticePacking.annulusCount(s[0], s[1], 0.99 * kIn, outer[i] * kIn);
        }
        data.panel("frequencies in the annulus", "outer radius / inner radius", "lattice points").line("hexagonal", outer, hc)
                .line("square", outer, sc);
        int hexAt = LatticePacking.annulusCount(h[0], h[1], 0.99 * kIn, kIn / l * lo);
        int sqAt = LatticePacking.annulusCount(s[0], s[1], 0.99 * kIn, kIn / l * lo);
        data.check(Check.atLeast("hexagonal minus square count in the annulus 1/L..1/l", 1, hexAt - sqAt, 0));
    }

    /** beta(k) as {@code -E[|g(x)-g(x')|^2 chi]/P} for a balanced pair (cos, sin) of frequency (k, 0); mean and s.e. */
    static double[] monteCarloBeta(double k, double lo, double l, int pairs, SplittableRandom rng) {
        int batches = 20;
        double[] m = new double[batches];
        for (int b = 0; b < batches; b++) {
            double s = 0;
            for (int i = 0; i < pairs / batches; i++) {
                double x0 = lo * rng.nextGaussian();
                double x1 = lo * rng.nextGaussian();
                double y0 = lo * rng.nextGaussian();
                double y1 = lo * rng.nextGaussian();
                // two neurons cos(kx), sin(kx) with unit coefficients: P = 2, |g - g'|^2 = 2 - 2 cos(k dx)
                double d2 = 2 - 2 * Math.cos(k * (x0 - y0));
                double chi = 1 - Math.exp(-((x0 - y0) * (x0 - y0) + (x1 - y1) * (x1 - y1)) / (2 * l * l));
                s += d2 * chi;
            }
            m[b] = s / (pairs / batches) / 2;
        }
        double mean = 0;
        for (double v : m) {
            mean += v / batches;
        }
        double var = 0;
        for (double v : m) {
            var += (v - mean) * (v - mean) / (batches - 1);
        }
        return new double[] {mean, Math.sqrt(var / batches)};
    }
}
