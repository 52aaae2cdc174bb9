package org.neurotheory.gridcells.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.gridcells.analysis.CodeStatistics;
import org.neurotheory.gridcells.analysis.FrequencySpectrum;
import org.neurotheory.gridcells.analysis.VolumeShell;
import org.neurotheory.gridcells.model.ActionableCode;

/**
 * Panels and measures of a code of 3-D space (Fig. 19E): slices of a neuron's map, the dominant frequencies
 * on their principal axes, the transition error of the group action and the neurons' rate correlation.
 */
final class VolumeFigures {
    private VolumeFigures() {
    }

    /**
     * Heat map of one neuron on the plane z = 0 ({@code axis} 2) or y = 0 ({@code axis} 1) over
     * [-extent, extent]^2 in {@code bins} bins per side.
     */
    static void slice(FigureData data, ActionableCode code, int neuron, int axis, int bins, double extent) {
        double[] x = new double[bins * bins];
        double[] y = new double[bins * bins];
        double[] z = new double[bins * bins];
        double[] point = new double[3];
        for (int iv = 0; iv < bins; iv++) {
            for (int iu = 0; iu < bins; iu++) {
                double u = -extent + (iu + 0.5) * 2 * extent / bins;
                double v = -extent + (iv + 0.5) * 2 * extent / bins;
                point[0] = u;
                point[1] = axis == 2 ? v : 0;
                point[2] = axis == 2 ? 0 : v;
                x[iv * bins + iu] = Math.round(u * 100) / 100.0;
                y[iv * bins + iu] = Math.round(v * 100) / 100.0;
                z[iv * bins + iu] = code.rates(point)[neuron];
            }
        }
        String plane = axis == 2 ? "z = 0" : "y = 0";
        data.panel("neuron " + (neuron + 1) + " (slice " + plane + ")", "x", axis == 2 ? "y" : "z").heatmap().grid("rate", x, y, z);
    }

    /**
     * The dominant frequencies (and negatives) in their principal axes ({@link VolumeShell#principalAxes}):
     * on (e1, e2), the plane they spread over most, and on (e1, e3), e3 the direction they spread least
     * along (a 3-D lattice spreads along e3 too; a 2-D lattice of columns lies on e3 = 0). The frequencies
     * in {@code marked} (e.g. a fitted lattice basis) are drawn as their own series, named {@code markedName}.
     */
    static void projections(FigureData data, List<FrequencySpectrum.Component> dominant, List<double[]> marked, String markedName) {
        List<double[]> rest = new ArrayList<>();
        for (FrequencySpectrum.Component c : dominant) {
            boolean isMarked = false;
            for (double[] k : marked) {
                isMarked |= Arrays.equals(k, c.k());
            }
            if (!isMarked) {
                rest.add(c.k());
            }
        }
        double[][] axes = VolumeShell.principalAxes(dominant);
        for (int axis = 1; axis <= 2; axis++) {
            String label = axis == 1 ? "k.e2" : "k.e3";
            Panel panel = data.panel("dominant frequencies e1-" + (axis == 1 ? "e2" : "e3"), "k.e1", label)
                    .caption(axis == 1 ? "dominant frequencies: principal axes e1, e2" : "principal axes e1, e3 (least spread; mind the scale)");
            panel.markers(markedName, coords(marked, axes[0]), coords(marked, axes[axis]));
            if (!rest.isEmpty()) {
                panel.markers("other dominant (+-k)", coords(rest, axes[0]), coords(rest, axes[axis]));
            }
        }
    }

    /** {@code k . e} and {@code -k . e} of each k. */
    private static double[] coords(List<double[]> ks, double[] e) {
        double[] out = new double[2 * ks.size()];
        for (int i = 0; i < ks.size(); i++) {
            double[] k = ks.get(i);
            out[2 * i] = k[0] * e[0] + k[1] * e[1] + k[2] * e[2];
            out[2 * i + 1] = -out[2 * i];
        }
        return out;
    }

    /**
     * Largest {@code |T(dx) g(x) - g(x + dx)|} over 20 random points x and displacements dx in the cube of half-width
     * {@code extent}, relative to the largest {@code |g|} there.
     */
    static double transitionError(ActionableCode code, double extent, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double err = 0;
        double scale = 0;
        double[] x = new double[3];
        double[] dx = new double[3];
        double[] moved = new double[3];
        for (int t = 0; t < 20; t++) {
            for (int j = 0; j < 3; j++) {
                x[j] = extent * (2 * rng.nextDouble() - 1);
                dx[j] = extent * (2 * rng.nextDouble() - 1);
                moved[j] = x[j] + dx[j];
            }
            DMatrixRMaj tm = code.transition(dx);
            double[] g = code.rates(x);
            double[] target = code.rates(moved);
            for (int i = 0; i < g.length; i++) {
                double s = 0;
                for (int j = 0; j < g.length; j++) {
                    s += tm.get(i, j) * g[j];
                }
                err = Math.max(err, Math.abs(s - target[i]));
                scale = Math.max(scale, Math.abs(target[i]));
            }
        }
        return err / scale;
    }

    /** Mean Pearson correlation over pairs of {@code neurons} of their rates at 2 000 uniform points of the cube. */
    static double pairwiseCorrelation(ActionableCode code, int[] neurons, double extent, long seed) {
        if (neurons.length < 2) {
            return 1;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int points = 2000;
        double[][] g = new double[neurons.length][points];
        double[] x = new double[3];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < 3; j++) {
                x[j] = extent * (2 * rng.nextDouble() - 1);
            }
            double[] rates = code.rates(x);
            for (int m = 0; m < neurons.length; m++) {
                g[m][i] = rates[neurons[m]];
            }
        }
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < neurons.length; a++) {
            for (int b = a + 1; b < neurons.length; b++) {
                sum += CodeStatistics.correlation(g[a], g[b]);
                pairs++;
            }
        }
        return sum / pairs;
    }
}
