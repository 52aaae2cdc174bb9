package org.neurotheory.gridcells.experiments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Role;
import org.neurotheory.gridcells.theory.ModuleOrientation;

/**
 * Fig. 5C of the paper: two modules of one kind (the same hexagonal frequency lattice and envelope)
 * aligned, where every frequency of one sits on a frequency of the other, against the second
 * rotated by the angle of least overlap (Section 4.2, Appendix K). Panels: (a) both lattices
 * aligned, (b) the second rotated by {@link ModuleOrientation#leastOverlapDegrees}, (c) the two
 * modules' angular densities {@code rho(psi)} at that offset, computed from the drawn (rotated)
 * frequencies with the radial integral in closed form ({@link ModuleOrientation#angularDensity}),
 * (d) the overlap {@code O(dpsi)} of the tabulated density ({@link ModuleOrientation#overlap}) with
 * the overlap of the closed-form densities of (c) by quadrature over psi at every second degree, and
 * the offsets of (a) and (b) marked.
 */
public final class Fig5cModuleOffset extends TheoryFigure<Fig5cModuleOffset.Params> {
    /** Samples of the closed-form densities per angular bin of the tabulated density. */
    private static final int SAMPLES_PER_BIN = 8;
    /** Spacing of the closed-form overlap markers in degrees. */
    private static final int MARKER_DEGREES = 2;

    /**
     * @param spacing     grid spacing nu
     * @param fieldWidth  field width mu (sets the envelope of the lattice)
     * @param repulsion   s
     * @param bins        angular bins over 360 degrees of the tabulated density (a multiple of 360)
     * @param shownRadius frequencies drawn in (a) and (b): those with {@code |k|} up to this radius
     */
    public record Params(double spacing, double fieldWidth, double repulsion, int bins, double shownRadius) {
        public Params {
            Require.positive("spacing", spacing);
            Require.positive("fieldWidth", fieldWidth);
            Require.positive("repulsion", repulsion);
            Require.that(bins % 360 == 0 && bins > 0, "bins", bins, "must be a positive multiple of 360");
            Require.positive("shownRadius", shownRadius);
        }

        /** Fig. 5D's module with the most frequencies (spacing/width 20, as Fig. 17D) at 1-degree bins. */
        public static Params quick() {
            return new Params(2, 0.1, 0.5, 360, 14);
        }

        /** The same module at quarter-degree bins (as Fig. 5D's paper preset). */
        public static Params paper() {
            return new Params(2, 0.1, 0.5, 1440, 14);
        }
    }

    /** The figure with its quick and paper presets. */
    public Fig5cModuleOffset() {
        super(Params::quick, Params::paper);
    }

    @Override
    public String key() {
        return "fig5c";
    }

    @Override
    public String title() {
        return "Fig. 5C: two modules aligned (high overlap) and offset by the angle of least overlap";
    }

    @Override
    void draw(Params p, FigureData data) {
        ModuleOrientation o = new ModuleOrientation(p.spacing(), p.fieldWidth(), p.repulsion(), p.bins());
        double least = o.leastOverlapDegrees();
        int leastBin = (int) Math.round(least * p.bins() / 360.0);
        double offset = Math.toRadians(least);
        double[][] first = o.frequencies(0);
        double[][] rotated = o.frequencies(offset);
        String deg = new BigDecimal(least).round(new MathContext(4)).stripTrailingZeros().toPlainString();

        lattices(data.panel("aligned", "k_x", "k_y").title("a", "aligned: every frequency shared"), first, first, 0, p.shownRadius());
        lattices(data.panel("offset", "k_x", "k_y").title("b", "module 2 rotated by " + deg + " degrees (least overlap)"),
                first, rotated, offset, p.shownRadius());

        // (c) the densities of the drawn frequencies over one 60-degree period, SAMPLES_PER_BIN per bin
        int n = p.bins() / 6 * SAMPLES_PER_BIN;
        double[] psi = new double[n + 1];
        double[] rho1 = new double[n + 1];
        double[] rho2 = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            psi[i] = 60.0 * i / n;
            rho1[i] = ModuleOrientation.angularDensity(first, p.repulsion(), Math.toRadians(psi[i]));
            rho2[i] = ModuleOrientation.angularDensity(rotated, p.repulsion(), Math.toRadians(psi[i]));
        }
        data.panel("angular densities", "angle psi (degrees)", "rho(psi)").title("c", "angular densities, module 2 at " + deg + " degrees")
                .line("module 1", psi, rho1).line("module 2", psi, rho2);

        // (d) the tabulated overlap at every bin of 0-60 degrees, the closed-form one at every second degree
        int m = p.bins() / 6;
        double[] angle = new double[m + 1];
        double[] tabulated = new double[m + 1];
        for (int i = 0; i <= m; i++) {
            angle[i] = 360.0 * i / p.bins();
            tabulated[i] = o.overlap(i);
        }
        int markers = 60 / MARKER_DEGREES + 1;
        double[] at = new double[markers];
        double[] direct = new double[markers];
        double worst = 0;
        for (int i = 0; i < markers; i++) {
            at[i] = i * MARKER_DEGREES;
            direct[i] = overlap(rho1, o.frequencies(Math.toRadians(at[i])), p.repulsion());
            worst = Math.max(worst, Math.abs(direct[i] - o.overlap(i * MARKER_DEGREES * p.bins() / 360)));
        }
        double directLeast = overlap(rho1, rho2);
        Panel d = data.panel("overlap", "relative angle (degrees)", "overlap O / O(0)").title("d", "overlap against the relative angle")
                .line("O (tabulated)", angle, tabulated)
                .markers("O (closed form)", at, direct)
                .markers("offsets of a and b", new double[] {0, least}, new double[] {1, directLeast});
        d.mark("offsets of a and b", Panel.Mark.SQUARE);

        // the radial integral by the midpoint rule with e^-18 cut-offs (ModuleOrientation's table) against its closed form
        double densityError = 0;
        double densityMax = 0;
        for (int b = 0; b < p.bins(); b++) {
            double exact = ModuleOrientation.angularDensity(first, p.repulsion(), 2 * Math.PI * b / p.bins());
            densityError = Math.max(densityError, Math.abs(exact - o.density(b)));
            densityMax = Math.max(densityMax, exact);
        }
        // the tabulated density is a midpoint rule in |k| (400 steps up to its cut-off, 0.16 = s/3 here) that
        // drops the integrand below e^-18 of its peak; it agrees with the closed form to 4e-9 here. 1e-6 leaves
        // room for other spacings and widths; an error in the angles (a density shifted by one bin, or a
        // peak of the first shell, about two degrees wide, put in the wrong place) is a sizeable fraction of the peak
        data.check(Check.atMost("max |rho closed form - rho tabulated| / max rho over the bins", 1e-6, densityError / densityMax, 0));
        // O of the table is a sum over its bins with the second module shifted by whole bins; the closed-form
        // overlap rotates the frequencies themselves and integrates SAMPLES_PER_BIN times more finely. Both
        // agree to 5e-8 at quick scale (the densities are smooth on the scale of a bin); 1e-6 as above
        data.check(Check.absolute("overlap at " + deg + " degrees: quadrature of the densities of (c) against O of the tabulated density",
                o.overlap(leastBin), directLeast, 1e-6));
        data.check(Check.atMost("max |O closed-form - O tabulated| at every " + MARKER_DEGREES + " degrees", 1e-6, worst, 0));
        data.check(Check.holds(String.format(Locale.ROOT, "aligned modules overlap more than offset ones (1 > %.4f)", directLeast),
                directLeast < 1));
        double below = overlap(rho1, o.frequencies(offset - 2 * Math.PI / p.bins()), p.repulsion());
        double above = overlap(rho1, o.frequencies(offset + 2 * Math.PI / p.bins()), p.repulsion());
        data.check(Check.holds(String.format(Locale.ROOT,
                "the closed-form overlap is least at the same angle (one bin either side: %.5f, %.5f > %.5f)", below, above, directLeast),
                below > directLeast && above > directLeast));
    }

    /**
     * The default charts, with the legends of the two lattice panels (a, b) to the right of the plot,
     * which leaves a plot area about as high as wide: the lattices are drawn at about equal scales on
     * both axes, so a hexagon looks like one.
     */
    @Override
    public List<Chart<?, ?>> render(FigureData data) {
        List<Chart<?, ?>> charts = FigureRenderer.charts(data);
        for (Chart<?, ?> c : charts.subList(0, 2)) {
            XYChart xy = (XYChart) c;
            xy.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE).setLegendLayout(Styler.LegendLayout.Vertical).setMarkerSize(9);
            // a cross over a disc: where the lattices coincide both stay visible
            xy.getSeriesMap().get("module 2").setMarker(SeriesMarkers.CROSS);
        }
        return charts;
    }

    /** Frequencies of both modules with {@code |k| <= radius} as dots, and each module's lattice axis. */
    private static void lattices(Panel panel, double[][] first, double[][] second, double rotation, double radius) {
        panel.markers("module 1", coordinate(first, 0, radius), coordinate(first, 1, radius))
                .markers("module 2", coordinate(second, 0, radius), coordinate(second, 1, radius));
        double r = radius;
        panel.dashed("axis of module 1", new double[] {-r, r}, new double[] {0, 0}).tag("axis of module 1", "lattice axes", Role.REFERENCE);
        if (rotation != 0) {
            double c = r * Math.cos(rotation);
            double s = r * Math.sin(rotation);
            panel.dashed("axis of module 2", new double[] {-c, c}, new double[] {-s, s}).tag("axis of module 2", "lattice axes", Role.REFERENCE);
        }
    }

    /** Coordinate {@code k} (0 = x, 1 = y) of the frequencies within {@code radius} of the origin. */
    private static double[] coordinate(double[][] f, int k, double radius) {
        return Arrays.stream(f).filter(v -> Math.hypot(v[0], v[1]) <= radius).mapToDouble(v -> v[k]).toArray();
    }

    /**
     * Overlap of module 1, its density {@code rho1} sampled at {@code 60 i / n} degrees (i = 0..n), with
     * the frequencies {@code second}: their closed-form density at the same angles, then {@link #overlap(double[], double[])}.
     */
    private static double overlap(double[] rho1, double[][] second, double repulsion) {
        int n = rho1.length - 1;
        double[] b = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            b[i] = ModuleOrientation.angularDensity(second, repulsion, Math.toRadians(60.0 * i / n));
        }
        return overlap(rho1, b);
    }

    /**
     * {@code int rho1 rho2 / int rho1^2} over one period sampled at n + 1 equally spaced angles, both
     * ends included: the periodic trapezoid rule (the last sample repeats the first).
     */
    private static double overlap(double[] rho1, double[] rho2) {
        double s = 0;
        double s0 = 0;
        for (int i = 0; i < rho1.length - 1; i++) {
            s += rho1[i] * rho2[i];
            s0 += rho1[i] * rho1[i];
        }
        return s / s0;
    }
}
