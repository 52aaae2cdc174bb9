package org.neurotheory.gridcells.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.neurotheory.core.Require;

/**
 * A first shell of vectors in 3-D (paper Fig. 19E; the 3-D analogue of the hexagon of Section 3.2): the
 * shortest vectors of a lattice ({@link FieldLattice#fieldShell}), one of each +-v, with their lengths and pairwise angles folded to [0, 90] (v and -v are
 * one line). A face-centred cubic lattice, the densest packing, has a first shell of six lines (twelve
 * nearest neighbours) of one length meeting at 60 degrees (12 pairs) or 90 degrees (3 pairs). Also how
 * many dimensions a set of frequencies spans and along which axes.
 *
 * @param shell   the shell's vectors, in the order given
 * @param lengths their lengths |k|
 * @param angles  the folded angles (degrees) of every pair, in pair order (0,1), (0,2), ..., (1,2), ...
 */
public record VolumeShell(List<double[]> shell, double[] lengths, double[] angles) {
    public VolumeShell {
        Require.nonNull("shell", shell);
        Require.nonNull("lengths", lengths);
        Require.nonNull("angles", angles);
    }

    /** The shell of the given vectors (each of length 3; copied), in their order. */
    public static VolumeShell ofVectors(List<double[]> vectors) {
        Require.nonNull("vectors", vectors);
        int size = vectors.size();
        Require.that(size >= 2, "vectors.size", size, "must be >= 2 (a pair)");
        List<double[]> shell = new ArrayList<>();
        for (double[] v : vectors) {
            Require.length("vector", v, 3);
            shell.add(v.clone());
        }
        double[] lengths = new double[size];
        for (int i = 0; i < size; i++) {
            lengths[i] = CodeStatistics.norm(shell.get(i));
        }
        double[] angles = new double[size * (size - 1) / 2];
        int p = 0;
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < size; j++) {
                angles[p++] = foldedAngle(shell.get(i), shell.get(j));
            }
        }
        return new VolumeShell(shell, lengths, angles);
    }

    /**
     * How many dimensions a set of frequencies spans: the eigenvalues, largest first, of
     * {@code sum_d P_d k_d k_d^T / sum_d P_d |k_d|^2} (they sum to 1). A cubic or face-centred cubic
     * shell gives 1/3 each; frequencies in one plane (a 2-D lattice: neurons constant along the
     * plane's normal, columns of fields) give a smallest share of 0; parallel frequencies (bands) two 0s.
     */
    public static double[] dimensionShares(List<FrequencySpectrum.Component> components) {
        return principal(components)[3];
    }

    /**
     * The unit eigenvectors of the matrix of {@link #dimensionShares}, in the same order (rows): the
     * directions along which the frequencies spread most, next and least (the last is the normal of
     * the plane of a 2-D lattice). Each is signed so that its largest coordinate is positive.
     */
    public static double[][] principalAxes(List<FrequencySpectrum.Component> components) {
        double[][] p = principal(components);
        return new double[][] {p[0], p[1], p[2]};
    }

    /** Rows 0-2: eigenvectors, largest eigenvalue first; row 3: the eigenvalue shares. */
    private static double[][] principal(List<FrequencySpectrum.Component> components) {
        Require.that(!components.isEmpty(), "components.size", 0, "must be > 0");
        DMatrixRMaj m = new DMatrixRMaj(3, 3);
        double total = 0;
        for (FrequencySpectrum.Component c : components) {
            double[] k = c.k();
            Require.length("frequency", k, 3);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m.add(i, j, c.power() * k[i] * k[j]);
                }
            }
            total += c.power() * dot(k, k);
        }
        Require.that(total > 0, "components", "zero power", "must carry power at a non-zero frequency");
        EigenDecomposition_F64<DMatrixRMaj> eig =
                DecompositionFactory_DDRM.eig(3, true, true);
        Require.that(eig.decompose(m), "components", "power matrix", "must have an eigen-decomposition");
        Integer[] order = {0, 1, 2};
        double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            values[i] = Math.max(0, eig.getEigenvalue(i).getReal());
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[][] out = new double[4][3];
        for (int r = 0; r < 3; r++) {
            DMatrixRMaj v = eig.getEigenVector(order[r]);
            double norm = 0;
            int big = 0;
            for (int q = 0; q < 3; q++) {
                norm += v.get(q) * v.get(q);
                big = Math.abs(v.get(q)) > Math.abs(v.get(big)) ? q : big;
            }
            double sign = v.get(big) < 0 ? -1 : 1;
            for (int q = 0; q < 3; q++) {
                out[r][q] = sign * v.get(q) / Math.sqrt(norm);
            }
            out[3][r] = values[order[r]] / total;
        }
        return out;
    }

    /** Angle between the lines of a and b in degrees, in [0, 90]. */
    public static double foldedAngle(double[] a, double[] b) {
        double cos = Math.abs(dot(a, b)) / (CodeStatistics.norm(a) * CodeStatistics.norm(b));
        return Math.toDegrees(Math.acos(Math.min(1, cos)));
    }

    /** Longest over shortest shell length (1 for one shell). */
    public double lengthRatio() {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double l : lengths) {
            min = Math.min(min, l);
            max = Math.max(max, l);
        }
        return max / min;
    }

    /** Pairs whose folded angle lies within {@code tolerance} degrees of {@code target}. */
    public int anglesNear(double target, double tolerance) {
        int c = 0;
        for (double a : angles) {
            if (Math.abs(a - target) <= tolerance) {
                c++;
            }
        }
        return c;
    }

    /** The largest distance (degrees) of a pair's angle from the nearer of 60 and 90. */
    public double worstAngleError() {
        double worst = 0;
        for (double a : angles) {
            worst = Math.max(worst, Math.min(Math.abs(a - 60), Math.abs(a - 90)));
        }
        return worst;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
