package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.gridcells.model.ObjectiveParams;
import org.neurotheory.gridcells.model.OptimiserParams;
import org.neurotheory.gridcells.theory.GaussianOccupancy;

/**
 * Fig. 8 of the paper (Appendix B.4): one module at a large sigma while the length l of the pair
 * weight chi shrinks. At large l the Goldilocks annulus {@code 1/L < |k| < 1/l} is narrow and the
 * hexagonal lattice packs it best (one hexagonal module); at small l the annulus is wide and other
 * lattices (bands, squares) pack it as well, so hexagons are no longer forced; more neurons make
 * hexagons again. The runs go through the registered sweep {@code fig8-chi}: one point per l, and
 * one with more neurons at the smallest l.
 */
public final class Fig8ChiLength extends PlaneSweepFigure<Fig8ChiLength.Params> {

    /**
     * @param base        optimisation settings of every point (l replaced per point)
     * @param chiLengths  the values of l, decreasing
     * @param moreNeurons N of the extra run at the smallest l; 0 for none
     * @param threads     runs at once when the figure is computed with explicit parameters
     * @param effectChecks whether the paper's claims about the runs are checks (paper scale) or only
     *                    reported in the notes (quick scale: too few neurons and steps to show them, docs)
     */
    public record Params(OptimiserParams base, double[] chiLengths, int moreNeurons, int threads, boolean effectChecks)
            implements PlaneSweepFigure.Points {
        public Params {
            Require.nonNull("base", base);
            Require.that(base.dim() == 2, "base.dim", base.dim(), "must be 2");
            Require.that(chiLengths != null && chiLengths.length >= 2, "chiLengths.length",
                    chiLengths == null ? 0 : chiLengths.length, "must be >= 2");
            for (int i = 0; i < chiLengths.length; i++) {
                Require.positive("chiLengths[" + i + "]", chiLengths[i]);
                Require.that(i == 0 || chiLengths[i] < chiLengths[i - 1], "chiLengths[" + i + "]", chiLengths[i], "must decrease");
            }
            Require.that(moreNeurons == 0 || moreNeurons > base.neurons(), "moreNeurons", moreNeurons,
                    "must be 0 (no extra run) or exceed base.neurons() = " + base.neurons());
            Require.positive("threads", threads);
            chiLengths = chiLengths.clone();
        }

        /**
         * N = 16 (D = 7), sigma^2 = 0.4, M = 100 room samples and M_S = 5 displaced rooms, ratio norm loss
         * and the fast schedule, 6 000 steps; l = 1, 0.5, 0.2, 0.1. No run with more neurons: N = 32 was
         * still far from non-negative after 6 000 steps (docs).
         */
        public static Params quick() {
            OptimiserParams p = OptimiserParams.planeOneModuleRatio().withNeurons(16).withSteps(6000);
            return new Params(p.withObjective(p.objective().withSamples(100, 5)), new double[] {1, 0.5, 0.2, 0.1}, 0, 2, false);
        }

        /**
         * The paper's setting: N = 64 (D = 31), sigma = 0.4, Table B.3's samples (M = 150, M_S = 15,
         * S = 3), ratio norm loss and the fast schedule, 20 000 steps; l = 1, 0.7, 0.5, 0.3, 0.2, 0.1; N = 100 at l = 0.1
         * with the steps scaled with N as in Appendix B.4 (31 250).
         */
        public static Params paper() {
            OptimiserParams p = OptimiserParams.planeOneModuleRatio().withNeurons(64).withSteps(20000);
            ObjectiveParams o = p.objective().withSigmaSq(0.16).withShiftStd(3);
            return new Params(p.withObjective(o), new double[] {1, 0.7, 0.5, 0.3, 0.2, 0.1}, 100, 2, true);
        }

        /** One optimisation per l, then the one with more neurons at the smallest l (if any). */
        @Override
        public List<OptimiserParams> points() {
            List<OptimiserParams> out = new ArrayList<>();
            for (double l : chiLengths) {
                out.add(base.withObjective(base.objective().withChiLength(l)));
            }
            if (moreNeurons > 0) {
                OptimiserParams more = NeuronSweep.withNeurons(base, moreNeurons);
                out.add(more.withObjective(more.objective().withChiLength(chiLengths[chiLengths.length - 1])));
            }
            return out;
        }

        @Override
        public double[] chiLengths() {
            return chiLengths.clone();
        }
    }

    /** The sweep {@code fig8-chi}: one optimisation per l, and one with more neurons at the smallest l. */
    public Fig8ChiLength() {
        super("fig8-chi");
    }

    @Override
    public String key() {
        return "fig8";
    }

    @Override
    public String title() {
        return "Fig. 8: hexagonal grids as the chi length l shrinks, and with more neurons (plane)";
    }

    @Override
    Params preset(Scale scale) {
        return scale == Scale.PAPER ? Params.paper() : Params.quick();
    }

    @Override
    String dataTitle(Params p) {
        return String.format(Locale.ROOT, "Fig. 8: hexagonal grids against the chi length l (plane, N = %d, sigma^2 = %.3g)",
                p.base().neurons(), p.base().objective().sigmaSq());
    }

    @Override
    void draw(Params p, List<PlaneRun> all, FigureData data) {
        double[] l = p.chiLengths();
        int k = l.length;
        List<PlaneRun> runs = all.subList(0, k);
        PlaneRun more = all.size() > k ? all.get(k) : null;
        String n = "(N = " + p.base().neurons() + ")";
        String nMore = "(N = " + p.moreNeurons() + ")";
        data.panel("grid scores", "chi length l", "median over neurons").logX().title("a", "hexagonal (grid60) and square (grid90) scores")
                .line("grid60 " + n, l, PlaneSweeps.column(runs, PlaneRun::grid60))
                .line("grid90 " + n, l, PlaneSweeps.column(runs, PlaneRun::grid90))
                .referenceLine("grid-cell threshold 0.3", l[k - 1], l[0], 0.3);
        if (more != null) {
            data.panel("grid scores").markers("grid60 " + nMore, new double[] {l[k - 1]}, new double[] {more.grid60()})
                    .markers("grid90 " + nMore, new double[] {l[k - 1]}, new double[] {more.grid90()});
        }
        double[] peak = new double[k];
        double[] inner = new double[k];
        double[] outer = new double[k];
        for (int i = 0; i < k; i++) {
            peak[i] = GaussianOccupancy.betaPeak(1, l[i], 2);
            inner[i] = 1;
            outer[i] = 1 / l[i];
        }
        data.panel("fundamental", "chi length l", "|k| (1/L)").logX().logY().title("b", "shortest lattice frequency and the Goldilocks annulus")
                .dashed("annulus inner edge 1/L", l, inner).dashed("annulus outer edge 1/l", l, outer)
                .line("peak of beta(|k|) (Section 3.2)", l, peak)
                .markers("largest module " + n, l, PlaneSweeps.column(runs, PlaneRun::fundamental));
        char label = 'c';
        for (int i = 0; i < k; i++) {
            String name = String.format(Locale.ROOT, "l = %.3g %s", l[i], n);
            PlaneSweeps.exampleMap(data, runs.get(i), name, String.valueOf(label++), name + ": most hexagonal neuron");
            data.note(String.format(Locale.ROOT, "l = %.3g: modules %d, largest %.2f, grid60 %.2f, grid90 %.2f, |k_1| %.2f",
                    l[i], runs.get(i).modules(), runs.get(i).largestShare(), runs.get(i).grid60(), runs.get(i).grid90(), runs.get(i).fundamental()));
        }
        if (more != null) {
            String name = String.format(Locale.ROOT, "l = %.3g %s", l[k - 1], nMore);
            PlaneSweeps.exampleMap(data, more, name, String.valueOf(label++), name + ": most hexagonal neuron");
            data.note(String.format(Locale.ROOT, "l = %.3g %s: modules %d, largest %.2f, grid60 %.2f, grid90 %.2f",
                    l[k - 1], nMore, more.modules(), more.largestShare(), more.grid60(), more.grid90()));
        }
        PlaneSweeps.spacingAgainstTheory(data, all, String.valueOf(label));
        theoryChecks(data, l, peak);
        effects(data, runs, more, p.effectChecks());
    }

    private static void theoryChecks(FigureData data, double[] l, double[] peak) {
        // Section 3.6's worked example (2-D, L = 1, l = 0.5): beta peaks at |k| = 2.2 (the paper's rounding)
        data.check(Check.absolute("peak of beta(|k|) at l = 0.5 (paper's example: 2.2)", 2.2, GaussianOccupancy.betaPeak(1, 0.5, 2), 0.05));
        double worst = 0;
        double rising = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < l.length; i++) {
            worst = Math.max(worst, Math.abs(scannedPeak(l[i]) - peak[i]));
            if (i > 0) {
                rising = Math.max(rising, peak[i - 1] - peak[i]);
            }
        }
        // the plotted closed form against a scan of beta itself in steps of 0.001
        data.check(Check.atMost("worst |scanned peak of beta - closed form| over l", 0.001, worst, 0));
        // a smaller l widens the annulus outwards: the peak moves to higher |k|
        data.check(Check.atMost("largest fall of beta's peak as l decreases", 0, rising, 0));
    }

    private static void effects(FigureData data, List<PlaneRun> runs, PlaneRun more, boolean asChecks) {
        PlaneRun widest = runs.get(0);
        PlaneRun narrowest = runs.get(runs.size() - 1);
        List<Check> claims = new ArrayList<>();
        // the paper: at large l one hexagonal module (0.3: the common grid-cell threshold)
        claims.add(Check.atLeast("largest module share at the largest l (one module)", 0.8, widest.largestShare(), 0));
        claims.add(Check.atLeast("median grid60 at the largest l", 0.3, widest.grid60(), 0));
        // the paper: hexagons are no longer forced at small l; 0.2 is about the run-to-run spread of a median grid60
        claims.add(Check.atLeast("median grid60 at the largest l - at the smallest l", 0.2, widest.grid60() - narrowest.grid60(), 0));
        if (more != null) {
            // the paper: more neurons make hexagons again at the smallest l
            claims.add(Check.atLeast("median grid60 with more neurons at the smallest l", 0.3, more.grid60(), 0));
        }
        PlaneFigures.claims(data, claims, asChecks);
    }

    /** |k| at which {@code beta(|k|)} (Section 3.2, L = 1, 2-D) peaks, by a scan in steps of 0.001. */
    static double scannedPeak(double chiLength) {
        double best = 0;
        double arg = 0;
        for (int i = 1; i <= 20000; i++) {
            double kk = i * 1e-3;
            double b = GaussianOccupancy.beta(kk, 1, chiLength, 2);
            if (b > best) {
                best = b;
                arg = kk;
            }
        }
        return arg;
    }
}
