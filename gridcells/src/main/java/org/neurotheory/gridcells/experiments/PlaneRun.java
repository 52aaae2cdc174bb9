package org.neurotheory.gridcells.experiments;

import java.util.Arrays;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.gridcells.analysis.Autocorrelogram;
import org.neurotheory.gridcells.analysis.CodeStatistics;
import org.neurotheory.gridcells.analysis.GridSpacing;
import org.neurotheory.gridcells.analysis.ModuleAssignment;
import org.neurotheory.gridcells.analysis.PlaneCodeReport;
import org.neurotheory.gridcells.analysis.RateMap;
import org.neurotheory.gridcells.model.ActionableCode;
import org.neurotheory.gridcells.model.FrequencyBudget;
import org.neurotheory.gridcells.model.OptimiserParams;
import org.neurotheory.gridcells.theory.LatticePacking;

/**
 * What the parameter sweeps of the paper's Appendix B.4 (Figs. 8-11) record about one optimised
 * plane code, as a flat row that a sweep point sends back ({@link #toRow}, {@link #fromRow}): the
 * swept parameters, the number of modules, the share of the largest, median grid scores, the
 * largest module's shortest lattice frequency and the field spacing read off the autocorrelogram of
 * its most hexagonal neuron, in-room negativity, low-frequency power, and the final code itself.
 *
 * @param neurons      N
 * @param sigmaSq      sigma^2
 * @param chiLength    l
 * @param modules      modules holding at least {@link #minModuleSize} neurons ({@link ModuleAssignment})
 * @param largestShare neurons in the largest module / N
 * @param grid60       median grid60 over all neurons
 * @param grid90       median grid90 over all neurons
 * @param fundamental  shortest dominant frequency |k| of the largest module (NaN if none)
 * @param spacing      field spacing of the SAC of the largest module's most hexagonal neuron (NaN if no peak)
 * @param negativity   median in-room min/max rate
 * @param lowPower     share of the power below |k| = 1/(2L)
 * @param code         the final code
 */
public record PlaneRun(int neurons, double sigmaSq, double chiLength, int modules, double largestShare, double grid60,
                       double grid90, double fundamental, double spacing, double negativity, double lowPower,
                       ActionableCode code) {
    /** Rate-map bins per side and half-width of the window every sweep figure analyses. */
    public static final int BINS = 50;
    /** Half-width of the rate-map window, 2 pi (several lattice periods, Section 4.0 of the analysis). */
    public static final double EXTENT = 2 * Math.PI;
    private static final int HEADER = 11;

    public PlaneRun {
        Require.positive("neurons", neurons);
        Require.nonNull("code", code);
    }

    /** A module must hold at least a tenth of the neurons (and two), so stray offset neurons do not count. */
    public static int minModuleSize(int neurons) {
        return Math.max(2, (int) Math.ceil(neurons / 10.0));
    }

    /** Analyses the final code of an optimisation run with {@code p}; {@code seed} drives the in-room samples. */
    public static PlaneRun of(OptimiserParams p, ActionableCode code, long seed) {
        PlaneCodeReport r = PlaneCodeReport.of(code, BINS, EXTENT, seed);
        List<int[]> modules = r.modules();
        int[] largest = modules.get(0);
        double fundamental = Double.NaN;
        if (r.lattice() != null) {
            fundamental = Math.hypot(r.lattice().b1()[0], r.lattice().b1()[1]);
        } else if (!r.dominant().isEmpty()) {
            fundamental = r.dominant().stream().mapToDouble(c -> c.magnitude()).min().orElse(Double.NaN);
        }
        int best = largest[0];
        for (int n : largest) {
            if (r.scores()[n].grid60() > r.scores()[best].grid60()) {
                best = n;
            }
        }
        double spacing = GridSpacing.of(Autocorrelogram.of(r.maps().map(best), BINS), BINS, 2 * EXTENT / BINS);
        double[] g90 = new double[code.neurons()];
        for (int n = 0; n < g90.length; n++) {
            g90[n] = r.scores()[n].grid90();
        }
        return new PlaneRun(p.neurons(), p.objective().sigmaSq(), p.objective().chiLength(),
                ModuleAssignment.count(modules, minModuleSize(p.neurons())), largest.length / (double) p.neurons(),
                CodeStatistics.median(r.grid60()), CodeStatistics.median(g90), fundamental, spacing,
                CodeStatistics.median(r.negativity()), r.lowFrequencyPower(), code);
    }

    /** Field spacing a hexagonal lattice with this fundamental frequency has (Section 3.2): {@code 4 pi / (sqrt(3) |k|)}. */
    public double hexagonalSpacing() {
        return Double.isFinite(fundamental) && fundamental > 0 ? LatticePacking.hexagonalSpacing(fundamental) : Double.NaN;
    }

    /** One module holding at least 80% of the neurons, as the paper's single-module panels show. */
    public boolean oneModule() {
        return modules == 1 && largestShare >= 0.8;
    }

    /** The row a sweep point returns. */
    public double[] toRow() {
        double[] w = code.weights();
        double[] k = code.frequencyVectors();
        double[] row = new double[HEADER + 2 + w.length + k.length];
        double[] head = {neurons, sigmaSq, chiLength, modules, largestShare, grid60, grid90, fundamental, spacing,
            negativity, lowPower};
        System.arraycopy(head, 0, row, 0, HEADER);
        row[HEADER] = code.dim();
        row[HEADER + 1] = code.frequencies();
        System.arraycopy(w, 0, row, HEADER + 2, w.length);
        System.arraycopy(k, 0, row, HEADER + 2 + w.length, k.length);
        return row;
    }

    /** Rebuilds a run from {@link #toRow}. */
    public static PlaneRun fromRow(double[] row) {
        Require.that(row.length > HEADER + 2, "row.length", row.length, "must be > " + (HEADER + 2));
        int n = (int) row[0];
        int dim = (int) row[HEADER];
        int d = (int) row[HEADER + 1];
        FrequencyBudget.require(n, d);
        int ws = n * (2 * d + 1);
        Require.length("row", row, HEADER + 2 + ws + d * dim);
        double[] w = Arrays.copyOfRange(row, HEADER + 2, HEADER + 2 + ws);
        double[] k = Arrays.copyOfRange(row, HEADER + 2 + ws, row.length);
        return new PlaneRun(n, row[1], row[2], (int) row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
                new ActionableCode(n, dim, w, k));
    }

    /** Rate maps of the final code on the sweep figures' window. */
    public RateMap maps() {
        return RateMap.of(code, BINS, EXTENT);
    }
}
