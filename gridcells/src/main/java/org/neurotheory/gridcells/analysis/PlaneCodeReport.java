package org.neurotheory.gridcells.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.neurotheory.core.Require;
import org.neurotheory.gridcells.model.ActionableCode;

/**
 * Everything the plane figures report about one code: rate maps over {@code [-extent, extent]^2},
 * per-neuron grid scores, modules, the largest module's dominant frequencies and lattice test,
 * in-room negativity, pairwise map correlation and low-frequency power (below {@code 1/(2L)}, L = 1).
 *
 * @param maps           rate maps
 * @param scores         grid scores per neuron
 * @param modules        neuron indices per module, largest first
 * @param dominant       dominant grid frequencies of the largest module: its components merged within
 *                       1/(2L) ({@link FrequencySpectrum#merged}), then the strongest merged frequencies with
 *                       {@code |k| >= 0.5} holding 90% of its power at such frequencies (components below
 *                       1/(2L) carry the slow "offset" part and are reported by {@code lowFrequencyPower})
 * @param lattice        lattice test of {@code dominant} (null when fewer than two non-parallel vectors)
 * @param negativity     in-room negativity per neuron (min / max over 5000 samples from the occupancy)
 * @param mapCorrelation mean pairwise correlation of the rate maps
 * @param lowFrequencyPower share of the power below |k| = 0.5
 */
public record PlaneCodeReport(RateMap maps, GridScore[] scores, List<int[]> modules,
                              List<FrequencySpectrum.Component> dominant, LatticeTest lattice, double[] negativity,
                              double mapCorrelation, double lowFrequencyPower) {
    /** Frequencies below 1/(2L) (L = 1) barely vary over the visited room. */
    public static final double LOW_FREQUENCY = 0.5;
    /** Learned frequencies closer than 1/(2L) are merged before the lattice is read off. */
    public static final double MERGE_RADIUS = 0.5;

    /** Analyses a planar code; {@code seed} drives the in-room samples. */
    public static PlaneCodeReport of(ActionableCode code, int bins, double extent, long seed) {
        Require.that(code.dim() == 2, "code.dim", code.dim(), "must be 2");
        RateMap maps = RateMap.of(code, bins, extent);
        GridScore[] scores = new GridScore[code.neurons()];
        for (int n = 0; n < scores.length; n++) {
            scores[n] = GridScore.of(maps.map(n), bins);
        }
        List<int[]> modules = ModuleAssignment.modules(code);
        List<FrequencySpectrum.Component> grid = new ArrayList<>();
        for (FrequencySpectrum.Component c
                : FrequencySpectrum.merged(FrequencySpectrum.components(code, modules.get(0)), MERGE_RADIUS)) {
            if (c.magnitude() >= LOW_FREQUENCY) {
                grid.add(c);
            }
        }
        List<FrequencySpectrum.Component> dominant = FrequencySpectrum.strongest(grid, 0.9);
        List<double[]> vectors = new ArrayList<>();
        for (FrequencySpectrum.Component c : dominant) {
            vectors.add(c.k());
        }
        LatticeTest lattice = null;
        if (vectors.size() >= 2) {
            try {
                lattice = LatticeTest.of(vectors, 0.1);
            } catch (IllegalArgumentException collinear) {
                lattice = null;
            }
        }
        double[] neg = CodeStatistics.inRoomNegativity(code, 5000, new SplittableRandom(seed));
        return new PlaneCodeReport(maps, scores, modules, dominant, lattice, neg,
                CodeStatistics.meanPairwiseCorrelation(maps), CodeStatistics.lowFrequencyPowerFraction(code, LOW_FREQUENCY));
    }

    /** grid60 of every neuron. */
    public double[] grid60() {
        double[] g = new double[scores.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = scores[i].grid60();
        }
        return g;
    }

    /** Share of neurons with grid60 above {@code threshold}. */
    public double shareAbove(double threshold) {
        int c = 0;
        for (GridScore s : scores) {
            if (s.grid60() > threshold) {
                c++;
            }
        }
        return c / (double) scores.length;
    }
}
