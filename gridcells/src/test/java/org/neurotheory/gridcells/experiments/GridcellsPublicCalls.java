package org.neurotheory.gridcells.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Series;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.gridcells.analysis.Autocorrelogram;
import org.neurotheory.gridcells.analysis.CodeStatistics;
import org.neurotheory.gridcells.analysis.FieldWidth;
import org.neurotheory.gridcells.analysis.GridScore;
import org.neurotheory.gridcells.analysis.ModuleAssignment;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.analysis.FieldLattice;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.CodeOptimisation;
import org.neurotheory.gridcells.model.FiniteSpaceOptimisation;
import org.neurotheory.gridcells.model.OptimiserParams;
import org.neurotheory.gridcells.theory.Bessel;
import org.neurotheory.gridcells.theory.FejerFamily;
import org.neurotheory.gridcells.theory.GaussianOccupancy;
import org.neurotheory.gridcells.theory.HarmonicExpansion;
import org.neurotheory.gridcells.theory.LatticePacking;
import org.neurotheory.gridcells.theory.LowFrequencyBias;
import org.neurotheory.gridcells.theory.ModuleOrientation;
import org.neurotheory.gridcells.theory.ModuleSize;
import org.neurotheory.gridcells.theory.RoomGeometry;

/**
 * Issue #22's principle, figure by figure: a headline quantity of each quick figure recomputed
 * through the public calls the docs page (docs/papers/gridcells.md) names, never through the figure
 * class (only its {@code Params} presets are reused), compared with what the figure plotted. Called by
 * {@link GridcellsFiguresTest} on the figure data it computes anyway. The theory curves are recomputed
 * at the plotted abscissae with the same arithmetic, so the comparisons are exact. The optimisation
 * figures are not re-run: their plotted maps, tuning curves and spectra are analysed again (grid
 * scores through {@link GridScore}, power shares and min/max rates by the figure's arithmetic on the
 * plotted values) and compared with the scores and checks the figure reports, again exactly.
 */
final class GridcellsPublicCalls {
    private GridcellsPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        if (figure instanceof Fig3bFejerHarmonics) {
            fig3b(data);
        } else if (figure instanceof Fig4aGoldilocksAnnulus) {
            fig4a(data);
        } else if (figure instanceof Fig5aModuleSize) {
            fig5a(data);
        } else if (figure instanceof Fig5cModuleOffset) {
            fig5c(data);
        } else if (figure instanceof Fig5dModuleOverlap) {
            fig5d(data);
        } else if (figure instanceof Fig5fghRoomGeometry) {
            fig5fgh(data);
        } else if (figure instanceof Fig13FrequencyBiases) {
            fig13(data);
        } else if (figure instanceof Fig14BesselExpansion) {
            fig14(data);
        } else if (figure instanceof Fig17dThreeModules) {
            fig17d(data);
        } else if (figure instanceof Fig18BoxRoom) {
            fig18(data);
        } else if (figure instanceof Fig2aRandomCodes) {
            gridScoresOfPlottedMaps(data, "fig2a");
        } else if (figure instanceof Fig4bHexagonalModule) {
            gridScoresOfPlottedMaps(data, "fig4b");
            fig4bAutocorrelogram(data);
        } else if (figure instanceof Fig3cCircleLattice) {
            circle(data, "fig3c", "worst min/max rate over the circle");
        } else if (figure instanceof Fig19aRingBumps) {
            circle(data, "fig19a", "worst min/max rate over the ring");
        } else if (figure instanceof Fig3dTorusLattice) {
            fig3d(data, seed);
        } else if (figure instanceof Fig15TorusAblations) {
            fig15(data);
        } else if (figure instanceof Fig19bSphereCaps) {
            fig19b(data);
        } else if (figure instanceof Fig19cdSphereGrids) {
            fig19cd(data);
        } else if (figure instanceof Fig19eVolumeLattice) {
            fig19e(data);
        } else if (figure instanceof Fig19fPeriodicVolume) {
            fig19f(data);
        } else if (figure instanceof Fig2bSeveralModules) {
            fig2b(data);
        } else if (figure instanceof Fig8ChiLength) {
            fig8(data, seed);
        } else if (figure instanceof Fig9SigmaModules) {
            fig9(data, seed);
        } else if (figure instanceof Fig11ModulesPerN) {
            fig11(data, seed);
        } else if (figure instanceof Fig5aSimulatedModules) {
            fig5asim(data, seed);
        }
    }

    /** fig3b: the Fejer tuning curves (unit mean square) and the offset share a_0^2 per number of harmonics. */
    private static void fig3b(FigureData data) {
        for (int d = 1; d <= 4; d++) {
            Series s = data.panel("tuning curves").series("D = " + d);
            for (int i = 0; i < s.size(); i++) {
                assertEquals(s.y()[i], FejerFamily.unitMeanSquare(d, s.x()[i]), 0.0, "fig3b D = " + d);
            }
        }
        Series share = data.panel("offset share").series("Fejer family");
        for (int i = 0; i < share.size(); i++) {
            assertEquals(share.y()[i], FejerFamily.constantFraction((int) share.x()[i]), 0.0, "fig3b a_0^2");
        }
    }

    /** fig4a: the closed-form beta(|k|) and the hexagonal / square lattice counts in the annulus. */
    private static void fig4a(FigureData data) {
        Fig4aGoldilocksAnnulus.Params p = Fig4aGoldilocksAnnulus.Params.quick();
        Series beta = data.panel("beta(|k|)").series("closed form");
        for (int i = 0; i < beta.size(); i++) {
            assertEquals(beta.y()[i], GaussianOccupancy.beta(beta.x()[i], p.occupancyStd(), p.chiLength(), 2), 0.0, "fig4a beta");
        }
        double kIn = 1 / p.occupancyStd();
        double[][] h = LatticePacking.hexagonal(kIn);
        double[][] s = LatticePacking.square(kIn);
        Series hc = data.panel("frequencies in the annulus").series("hexagonal");
        Series sc = data.panel("frequencies in the annulus").series("square");
        for (int i = 0; i < hc.size(); i++) {
            assertEquals(hc.y()[i], LatticePacking.annulusCount(h[0], h[1], 0.99 * kIn, hc.x()[i] * kIn), 0.0, "fig4a hexagonal");
            assertEquals(sc.y()[i], LatticePacking.annulusCount(s[0], s[1], 0.99 * kIn, sc.x()[i] * kIn), 0.0, "fig4a square");
        }
    }

    /** fig5a: continuum laws and exact lattice counts, N = 2D + 1 at each plotted ratio mu/nu. */
    private static void fig5a(FigureData data) {
        double tau = Fig5aModuleSize.Params.quick().threshold();
        Series law2 = data.panel("2-D hexagonal module").series("continuum (nu/mu)^2 law");
        for (int i = 0; i < law2.size(); i++) {
            assertEquals(law2.x()[i], 2 * ModuleSize.approxFrequencies2d(law2.y()[i], tau) + 1, 0.0, "fig5a 2-D law");
        }
        Series count2 = data.panel("2-D hexagonal module").series("lattice count");
        for (int i = 0; i < count2.size(); i++) {
            assertEquals(count2.x()[i], 2 * ModuleSize.frequencies2d(count2.y()[i], tau) + 1, 0.0, "fig5a 2-D count");
        }
        Series law1 = data.panel("1-D module").series("continuum nu/mu law");
        for (int i = 0; i < law1.size(); i++) {
            assertEquals(law1.x()[i], 2 * ModuleSize.approxFrequencies1d(law1.y()[i], tau) + 1, 0.0, "fig5a 1-D law");
        }
        Series count1 = data.panel("1-D module").series("lattice count");
        for (int i = 0; i < count1.size(); i++) {
            assertEquals(count1.x()[i], 2 * ModuleSize.frequencies1d(count1.y()[i], tau) + 1, 0.0, "fig5a 1-D count");
        }
    }

    /**
     * fig5c: the drawn frequencies of both modules (the second rotated by the least-overlap angle),
     * their closed-form angular densities at each plotted angle, and the tabulated overlap at each plotted offset.
     */
    private static void fig5c(FigureData data) {
        Fig5cModuleOffset.Params p = Fig5cModuleOffset.Params.quick();
        ModuleOrientation o = new ModuleOrientation(p.spacing(), p.fieldWidth(), p.repulsion(), p.bins());
        double offset = Math.toRadians(o.leastOverlapDegrees());
        double[][] first = o.frequencies(0);
        double[][] second = o.frequencies(offset);
        Series dots = data.panel("offset").series("module 2");
        double[][] shown = Arrays.stream(second).filter(f -> Math.hypot(f[0], f[1]) <= p.shownRadius()).toArray(double[][]::new);
        assertEquals(shown.length, dots.size(), "fig5c drawn frequencies of module 2");
        for (int i = 0; i < shown.length; i++) {
            assertEquals(shown[i][0], dots.x()[i], 0.0, "fig5c k_x of module 2");
            assertEquals(shown[i][1], dots.y()[i], 0.0, "fig5c k_y of module 2");
        }
        Series rho1 = data.panel("angular densities").series("module 1");
        Series rho2 = data.panel("angular densities").series("module 2");
        for (int i = 0; i < rho1.size(); i++) {
            assertEquals(rho1.y()[i], ModuleOrientation.angularDensity(first, p.repulsion(), Math.toRadians(rho1.x()[i])), 0.0, "fig5c rho module 1");
            assertEquals(rho2.y()[i], ModuleOrientation.angularDensity(second, p.repulsion(), Math.toRadians(rho2.x()[i])), 0.0, "fig5c rho module 2");
        }
        Series overlap = data.panel("overlap").series("O (tabulated)");
        for (int i = 0; i < overlap.size(); i++) {
            assertEquals(overlap.y()[i], o.overlap((int) Math.round(overlap.x()[i] * p.bins() / 360.0)), 0.0, "fig5c overlap");
        }
    }

    /** fig5d: overlap of two modules and the angular density at each plotted angle (bins of 360/bins degrees). */
    private static void fig5d(FigureData data) {
        Fig5dModuleOverlap.Params p = Fig5dModuleOverlap.Params.quick();
        for (double mu : p.fieldWidths()) {
            ModuleOrientation o = new ModuleOrientation(p.spacing(), mu, p.repulsion(), p.bins());
            String name = "spacing/width " + Math.round(p.spacing() / mu);
            Series overlap = data.panel("overlap").series(name);
            Series density = data.panel("angular density").series(name);
            for (int i = 0; i < overlap.size(); i++) {
                int bin = (int) Math.round(overlap.x()[i] * p.bins() / 360.0);
                assertEquals(overlap.y()[i], o.overlap(bin), 0.0, "fig5d overlap " + name);
            }
            for (int i = 0; i < density.size(); i++) {
                int bin = (int) Math.round(density.x()[i] * p.bins() / 360.0);
                assertEquals(density.y()[i], o.density(bin), 0.0, "fig5d density " + name);
            }
        }
    }

    /** fig5fgh H: the one-axis box penalty Phi(k) for widths L and 2L/3 (plotted floored at 1e-6 for the log axis). */
    private static void fig5fgh(FigureData data) {
        double w = Fig5fghRoomGeometry.Params.quick().width();
        Series full = data.panel("H one axis").series("width L");
        Series squashed = data.panel("H one axis").series("width 2L/3");
        for (int i = 0; i < full.size(); i++) {
            assertEquals(full.y()[i], Math.max(RoomGeometry.box(full.x()[i], w), 1e-6), 0.0, "fig5fgh width L");
            assertEquals(squashed.y()[i], Math.max(RoomGeometry.box(squashed.x()[i], 2 * w / 3), 1e-6), 0.0, "fig5fgh width 2L/3");
        }
    }

    /** fig13: chi, the closed-form low-frequency weight w(n), the high-frequency weights and beta. */
    private static void fig13(FigureData data) {
        double kappa = Fig13FrequencyBiases.Params.quick().kappa();
        Series chi = data.panel("A chi").series("chi (kappa = " + kappa + ")");
        for (int i = 0; i < chi.size(); i++) {
            assertEquals(chi.y()[i], LowFrequencyBias.chi(kappa, chi.x()[i]), 0.0, "fig13 chi");
        }
        Series w = data.panel("B low-frequency weight").series("closed form");
        for (int i = 0; i < w.size(); i++) {
            assertEquals(w.y()[i], LowFrequencyBias.weight((int) w.x()[i], kappa), 0.0, "fig13 w(n)");
        }
        Series cw = data.panel("C high-frequency weights").series("cos");
        Series sw = data.panel("C high-frequency weights").series("sin");
        Series beta = data.panel("D combined weight").series("l = 0.5 (2-D)");
        for (int i = 0; i < cw.size(); i++) {
            assertEquals(cw.y()[i], GaussianOccupancy.cosineWeight(cw.x()[i], 1), 0.0, "fig13 cos weight");
            assertEquals(sw.y()[i], GaussianOccupancy.sineWeight(sw.x()[i], 1), 0.0, "fig13 sin weight");
            assertEquals(beta.y()[i], GaussianOccupancy.beta(beta.x()[i], 1, 0.5, 2), 0.0, "fig13 beta");
        }
    }

    /** fig14: e^-z I_0(z), the ratios I_m/I_0, and the exact kernel loss of frequencies 6 and n2. */
    private static void fig14(FigureData data) {
        Fig14BesselExpansion.Params p = Fig14BesselExpansion.Params.quick();
        Series a = data.panel("A e^-z I0(z)").series("e^-z I0(z)");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.y()[i], Math.exp(-a.x()[i]) * Bessel.i(0, a.x()[i]), 0.0, "fig14 e^-z I0");
        }
        for (int m = 1; m <= 5; m++) {
            Series r = data.panel("C I_m(z)/I_0(z)").series("m = " + m);
            for (int i = 0; i < r.size(); i++) {
                assertEquals(r.y()[i], HarmonicExpansion.ratio(m, r.x()[i]), 0.0, "fig14 I_m/I_0 m = " + m);
            }
        }
        Series exact = data.panel("loss of two frequencies 6 and n2").series("exact (quadrature)");
        for (int i = 0; i < exact.size(); i++) {
            assertEquals(exact.y()[i], HarmonicExpansion.exact(new int[] {6, (int) exact.x()[i]}, new double[] {p.z(), p.z()}, 1024),
                    0.0, "fig14 exact loss n2 = " + exact.x()[i]);
        }
    }

    /** fig17d: the three-module overlap at each plotted pair of angles (one bin per 360/bins degrees). */
    private static void fig17d(FigureData data) {
        Fig17dThreeModules.Params p = Fig17dThreeModules.Params.quick();
        ModuleOrientation o = new ModuleOrientation(p.spacing(), p.fieldWidth(), p.repulsion(), p.bins());
        double step = 360.0 / p.bins();
        Series v = data.panel("three-module overlap").series("overlap / aligned");
        for (int i = 0; i < v.size(); i++) {
            int a = (int) Math.round(v.x()[i] / step);
            int b = (int) Math.round(v.y()[i] / step);
            assertEquals(v.z()[i], o.tripleOverlap(a, b), 0.0, "fig17d overlap at (" + a + ", " + b + ")");
        }
    }

    /** fig18: the first-order box penalty sinc^2(kL/2) at each plotted k (in units of 2 pi / L). */
    private static void fig18(FigureData data) {
        double l = Fig18BoxRoom.Params.quick().width();
        double unit = 2 * Math.PI / l;
        Series phi = data.panel("first-order penalty").series("sinc^2(k L / 2)");
        for (int i = 0; i < phi.size(); i++) {
            assertEquals(phi.y()[i], RoomGeometry.box(phi.x()[i] * unit, l), 0.0, "fig18 Phi at k = " + phi.x()[i]);
        }
    }

    /** fig2a, fig4b: grid60 of each plotted rate map ("neuron k" heat maps) against the plotted grid score of neuron k. */
    private static void gridScoresOfPlottedMaps(FigureData data, String key) {
        double[] g = data.panel("grid scores").series("grid60").y();
        int maps = 0;
        for (Panel p : data.panels()) {
            if (p.name().startsWith("neuron ") && p.kind() == Panel.Kind.HEATMAP) {
                int neuron = Integer.parseInt(p.name().substring("neuron ".length()));
                double[] map = p.series("rate").z();
                int bins = (int) Math.round(Math.sqrt(map.length));
                assertEquals(g[neuron - 1], GridScore.of(map, bins).grid60(), 0.0, key + " grid60 of neuron " + neuron);
                maps++;
            }
        }
        assertTrue(maps > 0, key + " plots rate maps");
    }

    /** fig4b: the plotted autocorrelogram is Autocorrelogram.of the same neuron's plotted rate map. */
    private static void fig4bAutocorrelogram(FigureData data) {
        for (Panel p : data.panels()) {
            if (p.name().startsWith("autocorrelogram neuron ")) {
                String neuron = p.name().substring("autocorrelogram ".length());
                double[] map = data.panel(neuron).series("rate").z();
                int bins = (int) Math.round(Math.sqrt(map.length));
                assertArrayEqualsExact(p.series("correlation").z(), Autocorrelogram.of(map, bins), "fig4b autocorrelogram of " + neuron);
            }
        }
    }

    /** fig3c, fig19a: the budget share of the plotted spectrum and the worst min/max of the plotted tuning curves (all neurons). */
    private static void circle(FigureData data, String key, String worstCheck) {
        Panel curves = data.panel("tuning curves");
        int n = curves.series().size();
        double worst = 0;
        for (Series s : curves.series()) {
            worst = Math.min(worst, minOverMax(s.y()));
        }
        assertEquals(check(data, worstCheck).actual(), worst, 0.0, key + " worst min/max");
        assertEquals(check(data, "share of the power on the floor((N-1)/2) strongest frequencies").actual(),
                budgetShare(data.panel("spectrum").series("frequencies").y(), n), 0.0, key + " budget share");
    }

    /**
     * fig3d: the optimisation re-run through {@code FiniteSpaceOptimisation} with the figure's parameters
     * and seed, its rate maps through {@code RateMap}; the worst min/max over all neurons equals the
     * reported one exactly, and the four plotted maps are those of neurons 1-4.
     */
    private static void fig3d(FigureData data, long seed) {
        Fig3dTorusLattice.Params p = Fig3dTorusLattice.Params.quick();
        FiniteSpaceOptimisation o = FiniteSpaceOptimisation.start(p.optimiser(), seed);
        o.advance(p.optimiser().steps(), Progress.silent());
        RateMap maps = RateMap.of(o.code(), p.bins(), Math.PI);
        double worst = 0;
        for (int neuron = 0; neuron < o.code().neurons(); neuron++) {
            worst = Math.min(worst, minOverMax(maps.map(neuron)));
        }
        assertEquals(check(data, "worst min/max rate over the torus").actual(), worst, 0.0, "fig3d worst min/max");
        for (int neuron = 1; neuron <= 4; neuron++) {
            assertTrue(Arrays.equals(maps.map(neuron - 1), data.panel("neuron " + neuron).series("rate").z()),
                    "fig3d rate map of neuron " + neuron);
        }
    }

    /** fig15: budget shares of the full and no-actionability runs, and the no-non-negativity worst rate bound, from the plots. */
    private static void fig15(FigureData data) {
        int n = Fig15TorusAblations.Params.quick().optimiser().neurons();
        assertEquals(check(data, "full objective: share of the power on floor((N-1)/2) frequencies").actual(),
                budgetShare(data.panel("full objective: spectrum").series("power").y(), n), 0.0, "fig15 full objective budget share");
        assertEquals(check(data, "no actionability: share of the power on floor((N-1)/2) frequencies").actual(),
                budgetShare(data.panel("no actionability: spectrum").series("power").y(), n), 0.0, "fig15 no actionability budget share");
        // the reported worst is over all neurons; only neuron 1's map is plotted
        assertTrue(check(data, "no non-negativity: worst min/max rate (rates go negative)").actual()
                <= minOverMax(data.panel("no non-negativity: neuron 1").series("rate").z()), "fig15 no non-negativity worst rate");
    }

    /** fig19b: the share of the non-constant power on degrees 1 and 2, from the plotted power per degree. */
    private static void fig19b(FigureData data) {
        double[] power = data.panel("power per degree").series("degrees").y();
        double total = 0;
        for (int l = 0; l < power.length; l++) {
            total += l == 0 ? 0 : power[l];
        }
        double low = 0;
        for (int l = 1; l <= Math.min(2, power.length - 1); l++) {
            low += power[l];
        }
        assertEquals(check(data, "share of the non-constant power on degrees 1 and 2 (low-frequency bias)").actual(), low / total, 0.0,
                "fig19b low-degree share");
    }

    /** fig19cd: the share of the non-constant power on degrees 3 and above, from the plotted power per degree (a check or a note). */
    private static void fig19cd(FigureData data) {
        double[] power = data.panel("power per degree").series("degrees").y();
        double total = 0;
        double high = 0;
        for (int l = 1; l < power.length; l++) {
            total += power[l];
            high += l >= 3 ? power[l] : 0;
        }
        String name = "share of the non-constant power on degrees >= 3 (no low-frequency bias)";
        double share = high / total;
        String value = String.format(Locale.ROOT, "%.3f", share);
        boolean found = data.checks().stream().anyMatch(c -> c.name().equals(name) && c.actual() == share)
                || data.notes().stream().anyMatch(n -> n.contains(name + ": " + value));
        assertTrue(found, "fig19cd high-degree share " + value + " in a check or note");
    }

    /** fig19f: the budget share and the number of frequencies holding 90% of the power, from the plotted spectrum. */
    private static void fig19f(FigureData data) {
        int n = Fig19fPeriodicVolume.Params.quick().optimiser().neurons();
        double[] power = data.panel("spectrum").series("frequencies").y();
        assertEquals(check(data, "share of the power on the floor((N-1)/2) strongest frequencies (not actionable)").actual(),
                budgetShare(power, n), 0.0, "fig19f budget share");
        double[] sorted = power.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(sorted).sum();
        double held = 0;
        int count = 0;
        for (int i = sorted.length - 1; i >= 0 && held < 0.9 * total; i--) {
            held += sorted[i];
            count++;
        }
        assertEquals(check(data, "frequencies holding 90% of the power, against floor((N-1)/2) = " + (n - 1) / 2).actual(), count, 0.0,
                "fig19f frequencies holding 90% of the power");
    }

    /**
     * fig19e: the field lattice's shell angles recomputed through {@link FieldLattice} from the plotted
     * projections of the fitted frequency basis on the principal axes (when the code has a 3-D lattice), and
     * the median of the plotted in-room negativity against its check.
     */
    private static void fig19e(FigureData data) {
        if (data.panels().stream().anyMatch(panel -> panel.name().equals("field-lattice shell angles"))) {
            Series xy = data.panel("dominant frequencies e1-e2").series("fitted lattice basis b1 b2 b3 (+-b)");
            Series xz = data.panel("dominant frequencies e1-e3").series("fitted lattice basis b1 b2 b3 (+-b)");
            List<double[]> basis = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                basis.add(new double[] {xy.x()[2 * i], xy.y()[2 * i], xz.y()[2 * i]});
            }
            double[] angles = FieldLattice.fit(basis, 0.1).orElseThrow().fieldShell(6).angles().clone();
            Arrays.sort(angles);
            double[] plotted = data.panel("field-lattice shell angles").series("angle between the lines of a_i and a_j").y();
            for (int i = 0; i < angles.length; i++) {
                // the projections are on orthonormal principal axes: angles agree up to the rounding of the rotation
                assertEquals(plotted[i], angles[i], 1e-9, "fig19e field-shell angle " + i);
            }
        }
        assertEquals(check(data, "median in-room negativity (min/max rate)").actual(),
                CodeStatistics.median(data.panel("in-room negativity").series("neurons").y()), 0.0, "fig19e negativity");
    }

    private static Check check(FigureData data, String name) {
        return data.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check named " + name));
    }

    /** Share of the summed power on the (N-1)/2 largest entries, summed in the order the figure sums them. */
    private static double budgetShare(double[] plotted, int neurons) {
        double[] power = plotted.clone();
        double total = 0;
        for (double v : power) {
            total += v;
        }
        Arrays.sort(power);
        double top = 0;
        for (int i = 0; i < Math.min(power.length, (neurons - 1) / 2); i++) {
            top += power[power.length - 1 - i];
        }
        return top / total;
    }

    /**
     * fig2b: each module's plotted map spans the room-sized window or, when narrower, MAP_PERIODS periods
     * of the module's shortest plotted dominant frequency ({@code RateMap.coordinate} of its last bin);
     * where it spans the room, grid60 of the plotted map (GridScore.of) equals the plotted grid score of
     * that neuron (the grid scores are measured on the room-sized window).
     */
    private static void fig2b(FigureData data) {
        double extent = Fig2bSeveralModules.Params.quick().extent();
        double[] g = data.panel("grid scores").series("grid60").y();
        int maps = 0;
        for (Panel p : data.panels()) {
            if (p.name().startsWith("module ") && p.kind() == Panel.Kind.HEATMAP) {
                int module = Integer.parseInt(p.name().substring("module ".length(), p.name().indexOf(' ', "module ".length())));
                int neuron = Integer.parseInt(p.name().substring(p.name().lastIndexOf("neuron ") + "neuron ".length()));
                Series dots = data.panel("spectra").series("module " + module);
                double shortest = Double.POSITIVE_INFINITY;
                for (int i = 0; i < dots.size(); i++) {
                    shortest = Math.min(shortest, Math.hypot(dots.x()[i], dots.y()[i]));
                }
                double window = Math.min(extent, PlaneFigures.MAP_PERIODS * Math.PI / shortest);
                Series rate = p.series("rate");
                double[] map = rate.z();
                int bins = (int) Math.round(Math.sqrt(map.length));
                double last = Arrays.stream(rate.x()).max().orElseThrow();
                assertEquals(Math.round(RateMap.coordinate(bins - 1, bins, window) * 100) / 100.0, last, 1e-12,
                        "fig2b window of module " + module);
                if (window == extent) {
                    assertEquals(g[neuron - 1], GridScore.of(map, bins).grid60(), 0.0, "fig2b grid60 of neuron " + neuron);
                }
                maps++;
            }
        }
        assertTrue(maps >= 2, "fig2b plots a map per module");
    }

    /**
     * fig8: the first point (largest l) optimised again through CodeOptimisation.run with the sweep's seed
     * for point 0, its median grid60 over RateMap.of / GridScore.of against the plotted value; the plotted
     * peak of beta against GaussianOccupancy.betaPeak.
     */
    private static void fig8(FigureData data, long seed) {
        OptimiserParams p = Fig8ChiLength.Params.quick().points().get(0);
        ActionableCode code = CodeOptimisation.run(p, Seeds.derive(seed, 0), Progress.silent()).finalCode();
        RateMap maps = RateMap.of(code, 50, 2 * Math.PI);
        double[] g = new double[code.neurons()];
        for (int n = 0; n < g.length; n++) {
            g[n] = GridScore.of(maps.map(n), 50).grid60();
        }
        double plotted = data.panel("grid scores").series("grid60 (N = " + p.neurons() + ")").y()[0];
        assertEquals(plotted, CodeStatistics.median(g), 0.0, "fig8 median grid60 at the largest l");
        Series peak = data.panel("fundamental").series("peak of beta(|k|) (Section 3.2)");
        for (int i = 0; i < peak.x().length; i++) {
            assertEquals(peak.y()[i], GaussianOccupancy.betaPeak(1, peak.x()[i], 2), 0.0, "fig8 peak of beta at l = " + peak.x()[i]);
        }
    }

    /**
     * fig9: the first run at the smallest sigma optimised again through CodeOptimisation.run with its point's
     * seed; its modules (ModuleAssignment, at least a tenth of the neurons and two) against the plotted count.
     */
    private static void fig9(FigureData data, long seed) {
        Fig9SigmaModules.Params q = Fig9SigmaModules.Params.quick();
        int i = (q.sigmaSq().length - 1) * q.runs();
        OptimiserParams p = q.points().get(i);
        ActionableCode code = CodeOptimisation.run(p, Seeds.derive(seed, i), Progress.silent()).finalCode();
        int minSize = Math.max(2, (int) Math.ceil(p.neurons() / 10.0));
        int modules = ModuleAssignment.count(ModuleAssignment.modules(code), minSize);
        assertEquals(data.panel("modules").series("each run").y()[i], modules, 0.0, "fig9 modules of run " + i);
    }

    /**
     * fig11: the first point (smallest N) optimised again through CodeOptimisation.run with its point's seed;
     * its modules (ModuleAssignment, at least a tenth of the neurons and two) against the plotted count.
     */
    private static void fig11(FigureData data, long seed) {
        OptimiserParams p = Fig11ModulesPerN.quick().points().get(0);
        ActionableCode code = CodeOptimisation.run(p, Seeds.derive(seed, 0), Progress.silent()).finalCode();
        int minSize = Math.max(2, (int) Math.ceil(p.neurons() / 10.0));
        int modules = ModuleAssignment.count(ModuleAssignment.modules(code), minSize);
        assertEquals(data.panel("modules").series("modules").y()[0], modules, 0.0, "fig11 modules at N = " + p.neurons());
    }

    /**
     * fig5asim: the second point (N = 19, a kept run at seed 1, cheaper than the largest N) optimised again through CodeOptimisation.run with its point's seed;
     * its field width (median FieldWidth over the largest module's neurons of RateMap.of) and field spacing
     * (PlaneRun.of) against the plotted ones, and the plotted theory's shape against ModuleSize.approxFrequencies2d.
     */
    private static void fig5asim(FigureData data, long seed) {
        Fig5aSimulatedModules.Params q = Fig5aSimulatedModules.Params.quick();
        int point = 1;
        OptimiserParams p = q.points().get(point);
        long pointSeed = Seeds.derive(seed, point);
        ActionableCode code = CodeOptimisation.run(p, pointSeed, Progress.silent()).finalCode();
        RateMap maps = RateMap.of(code, q.bins(), q.extent());
        int[] module = ModuleAssignment.modules(code).get(0);
        double[] w = Arrays.stream(module).mapToDouble(n -> FieldWidth.of(maps, n)).filter(Double::isFinite).toArray();
        double spacing = PlaneRun.of(p, code, Seeds.derive(pointSeed, 99)).spacing();
        Series mu = data.panel("mu and nu").series("field width mu");
        Series nu = data.panel("mu and nu").series("SAC spacing nu");
        int at = -1;
        for (int i = 0; i < mu.x().length; i++) {
            at = mu.x()[i] == p.neurons() ? i : at;
        }
        if (w.length == 0) {
            assertEquals(-1, at, "fig5asim: no field at N = " + p.neurons() + " but a width is plotted");
        } else {
            assertTrue(at >= 0, "fig5asim: the width at N = " + p.neurons() + " is not plotted");
            assertEquals(mu.y()[at], CodeStatistics.median(w), 0.0, "fig5asim field width at N = " + p.neurons());
            assertEquals(nu.y()[at], spacing, 0.0, "fig5asim field spacing at N = " + p.neurons());
        }
        Panel a = data.panel("mu over nu");
        if (a.series().stream().anyMatch(s -> s.name().equals("Appendix J law (level fitted)"))) {
            Series t = a.series("Appendix J law (level fitted)");
            for (int i = 1; i < t.x().length; i++) {
                double d0 = ModuleSize.approxFrequencies2d(1, q.threshold()) / ((t.x()[0] - 1) / 2);
                double di = ModuleSize.approxFrequencies2d(1, q.threshold()) / ((t.x()[i] - 1) / 2);
                assertEquals(Math.sqrt(di / d0), t.y()[i] / t.y()[0], 1e-12, "fig5asim theory shape at N = " + t.x()[i]);
            }
        }
    }

    private static double minOverMax(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return min / max;
    }

    private static void assertArrayEqualsExact(double[] expected, double[] actual, String message) {
        assertEquals(expected.length, actual.length, message + " length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 0.0, message + " at " + i);
        }
    }
}
