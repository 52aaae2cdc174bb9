package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.gridcells.analysis.Autocorrelogram;
import org.neurotheory.gridcells.analysis.FrequencySpectrum;
import org.neurotheory.gridcells.analysis.PlaneCodeReport;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.LossHistory;
import org.neurotheory.gridcells.model.OptimisationResult;

/**
 * Panels shared by the plane figures: rate maps, autocorrelogram, spectrum, grid scores, loss curves,
 * and the window a module's maps are drawn on ({@link #mapExtent}).
 */
final class PlaneFigures {
    /**
     * A module's drawn maps span at most this many periods {@code 2 pi / |k|} of its shortest dominant
     * frequency, so a fine module keeps at least {@code bins / MAP_PERIODS} bins per period instead of
     * aliasing on the room-sized window.
     */
    static final int MAP_PERIODS = 6;

    private PlaneFigures() {
    }

    /**
     * The strongest merged frequencies (|k| >= 1/(2L)) of a module holding 90 % of its power there: what
     * {@link PlaneCodeReport#dominant} is for the largest module, for any module.
     */
    static List<FrequencySpectrum.Component> dominant(ActionableCode code, int[] module) {
        List<FrequencySpectrum.Component> grid = new ArrayList<>();
        for (FrequencySpectrum.Component c : FrequencySpectrum.merged(FrequencySpectrum.components(code, module), PlaneCodeReport.MERGE_RADIUS)) {
            if (c.magnitude() >= PlaneCodeReport.LOW_FREQUENCY) {
                grid.add(c);
            }
        }
        return FrequencySpectrum.strongest(grid, 0.9);
    }

    /** The shortest |k| of a module's {@link #dominant} frequencies; infinite when it has none. */
    static double shortestDominant(List<FrequencySpectrum.Component> dominant) {
        return dominant.stream().mapToDouble(FrequencySpectrum.Component::magnitude).min().orElse(Double.POSITIVE_INFINITY);
    }

    /**
     * The half-width of a module's maps: the room-sized {@code extent}, or {@link #MAP_PERIODS} periods
     * {@code 2 pi / shortestK} of the module's shortest dominant frequency when that is narrower (a module
     * without a dominant frequency, {@code shortestK} infinite, keeps the room).
     */
    static double mapExtent(double extent, double shortestK) {
        return Double.isFinite(shortestK) ? Math.min(extent, MAP_PERIODS * Math.PI / shortestK) : extent;
    }

    /** Bins per period of a module's finest dominant frequency below which its drawn map would alias. */
    static final int MIN_BINS_PER_PERIOD = 4;

    /** Most bins per side of a drawn map. */
    static final int MAX_BINS = 200;

    /**
     * Bins per side of a module's map over half-width {@code extent}: {@code bins}, or more when the module's
     * finest dominant frequency {@code finestK} would get fewer than {@link #MIN_BINS_PER_PERIOD} bins per
     * period {@code 2 pi / finestK} (a disordered module mixing coarse and fine frequencies keeps the room
     * window, and on 50 bins its fine part aliases into pixel noise), at most {@link #MAX_BINS}.
     */
    static int mapBins(int bins, double extent, double finestK) {
        if (!Double.isFinite(finestK)) {
            return bins;
        }
        int needed = (int) Math.ceil(MIN_BINS_PER_PERIOD * 2 * extent * finestK / (2 * Math.PI));
        return Math.max(bins, Math.min(MAX_BINS, needed));
    }

    /** The largest |k| of a module's {@link #dominant} frequencies; infinite when it has none. */
    static double finestDominant(List<FrequencySpectrum.Component> dominant) {
        return dominant.stream().mapToDouble(FrequencySpectrum.Component::magnitude).max().orElse(Double.POSITIVE_INFINITY);
    }

    /** What a map title adds when the window is {@link #mapExtent}'s narrower one: "6 periods of |k| = ...". */
    static String periods(double shortestK) {
        return String.format(Locale.ROOT, "%d periods of |k| = %.2f", MAP_PERIODS, shortestK);
    }

    /**
     * The paper's claims about an optimisation: checks when {@code asChecks} (paper scale), otherwise notes with
     * their values (quick scale, where the runs are too short or small to be held to them).
     */
    static void claims(FigureData data, List<Check> claims, boolean asChecks) {
        for (Check c : claims) {
            if (asChecks) {
                data.check(c);
            } else {
                data.note(String.format(Locale.ROOT, "Paper's claim, reported only at this scale: %s: %.3f (required %s): %s",
                        c.name(), c.actual(), c.criterion(), c.pass() ? "holds" : "does not hold"));
            }
        }
    }

    /** Heat-map panels of the given neurons' rate maps, in that order; returns them. */
    static List<Panel> rateMaps(FigureData data, RateMap maps, int[] neurons, String prefix) {
        List<Panel> panels = new ArrayList<>();
        for (int n : neurons) {
            Panel p = data.panel(prefix + "neuron " + (n + 1), "x", "y").heatmap();
            heat(p, "rate", maps.map(n), maps.bins(), maps.extent());
            panels.add(p);
        }
        return panels;
    }

    /** Heat-map panel of one neuron's autocorrelogram (lags in units of x). */
    static void autocorrelogram(FigureData data, RateMap maps, int neuron) {
        int n = maps.bins();
        double[] sac = Autocorrelogram.of(maps.map(neuron), n);
        int s = 2 * n - 1;
        double step = 2 * maps.extent() / n;
        double[] x = new double[s * s];
        double[] y = new double[s * s];
        for (int iy = 0; iy < s; iy++) {
            for (int ix = 0; ix < s; ix++) {
                x[iy * s + ix] = round((ix - (n - 1)) * step);
                y[iy * s + ix] = round((iy - (n - 1)) * step);
            }
        }
        data.panel("autocorrelogram neuron " + (neuron + 1), "lag x", "lag y").heatmap().grid("correlation", x, y, sac);
    }

    /** Frequency spectrum of the given neurons: every k and -k, dominant ones separately. */
    static void spectrum(FigureData data, ActionableCode code, PlaneCodeReport report, String name) {
        Panel p = data.panel(name, "k_x", "k_y");
        List<FrequencySpectrum.Component> dom = report.dominant();
        double[] dx = new double[2 * dom.size()];
        double[] dy = new double[2 * dom.size()];
        for (int i = 0; i < dom.size(); i++) {
            dx[2 * i] = dom.get(i).k()[0];
            dy[2 * i] = dom.get(i).k()[1];
            dx[2 * i + 1] = -dom.get(i).k()[0];
            dy[2 * i + 1] = -dom.get(i).k()[1];
        }
        int d = code.frequencies();
        double[] ox = new double[2 * d];
        double[] oy = new double[2 * d];
        for (int f = 0; f < d; f++) {
            double[] k = code.frequency(f);
            ox[2 * f] = k[0];
            oy[2 * f] = k[1];
            ox[2 * f + 1] = -k[0];
            oy[2 * f + 1] = -k[1];
        }
        p.markers("all frequencies (+-k)", ox, oy).markers("dominant (90% of module power)", dx, dy);
    }

    /** Markers of grid60 per neuron with the 0.3 threshold. */
    static void gridScores(FigureData data, PlaneCodeReport report, String name) {
        double[] g = report.grid60();
        double[] idx = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            idx[i] = i + 1;
        }
        data.panel(name, "neuron", "grid60").markers("grid60", idx, g)
                .referenceLine("threshold 0.3", 1, g.length, 0.3);
    }

    /** Loss curves and constraint weights of an optimisation. */
    static void losses(FigureData data, OptimisationResult r) {
        LossHistory h = r.history();
        double[] step = h.column(LossHistory.STEP);
        data.panel("losses", "step", "loss").logY()
                .line("functional", step, h.column(LossHistory.FUNCTIONAL))
                .line("positivity", step, floor(h.column(LossHistory.POSITIVITY)))
                .line("norm", step, floor(h.column(LossHistory.NORM)));
        data.panel("constraint weights", "step", "lambda").logY()
                .line("lambda_p (positivity)", step, h.column(LossHistory.LAMBDA_POS))
                .line("lambda_b (norm)", step, h.column(LossHistory.LAMBDA_NORM));
    }

    /** One rate map as a heat map over {@code [-extent, extent]^2}. */
    static void heat(Panel p, String label, double[] map, int bins, double extent) {
        double[] x = new double[bins * bins];
        double[] y = new double[bins * bins];
        for (int iy = 0; iy < bins; iy++) {
            for (int ix = 0; ix < bins; ix++) {
                x[iy * bins + ix] = round(RateMap.coordinate(ix, bins, extent));
                y[iy * bins + ix] = round(RateMap.coordinate(iy, bins, extent));
            }
        }
        p.grid(label, x, y, map);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double[] floor(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], 1e-12);
        }
        return out;
    }
}
