package org.neurotheory.gridcells.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.neurotheory.core.Require;

/**
 * The lattice on which a 3-D module's fields repeat (paper Fig. 19E). A rate map
 * {@code sum_d a_d cos(k_d . x + phi_d)} whose frequencies lie on a lattice with basis b1, b2, b3 is
 * unchanged by every shift t with {@code k . t} a multiple of 2 pi, i.e. by the dual lattice with basis
 * {@code a_i = 2 pi (b_j x b_k) / (b1 . (b2 x b3))}: that is where its fields repeat. On the plane a
 * hexagonal frequency lattice has hexagonal fields; in 3-D the two lattices differ. Densely packed fields
 * (face-centred cubic, 12 nearest neighbours) have a body-centred cubic frequency lattice, whose four
 * strongest lines meet at 70.5 degrees; a face-centred cubic frequency lattice gives body-centred cubic
 * fields instead. So the paper's densely packed lattice is tested on the fields: the first shell of the
 * field lattice ({@link #fieldShell}) must be a face-centred cubic shell (one length, 12 pairs at 60
 * degrees, 3 at 90).
 *
 * <p>The frequency lattice is fitted to the module's strongest frequencies: among their triples that are
 * independent (the box they span has at least a quarter of the volume of the cuboid of their lengths), the
 * one whose lattice holds the most of the frequencies, within {@code tolerance} times its shortest basis
 * vector of an integer combination; ties go to the smallest cell.
 *
 * @param frequencyBasis the fitted frequency basis b1, b2, b3 (rows)
 * @param fieldBasis     the dual basis a1, a2, a3 (rows): {@code a_i . b_j = 2 pi delta_ij}
 * @param onLattice      how many of the fitted frequencies lie on the frequency lattice
 * @param fitted         how many frequencies the lattice was fitted to
 */
public record FieldLattice(double[][] frequencyBasis, double[][] fieldBasis, int onLattice, int fitted) {
    /** Coefficient range searched for the field lattice's shortest vectors: {@code |n_i| <= REACH}. */
    private static final int REACH = 4;

    public FieldLattice {
        Require.nonNull("frequencyBasis", frequencyBasis);
        Require.nonNull("fieldBasis", fieldBasis);
        Require.that(frequencyBasis.length == 3 && fieldBasis.length == 3, "basis.length", frequencyBasis.length, "must be 3");
        Require.that(onLattice >= 0 && onLattice <= fitted, "onLattice", onLattice, "must lie in [0, fitted = " + fitted + "]");
    }

    /**
     * Fits the frequency lattice to {@code frequencies} (each of length 3, in any order) and returns it with
     * its dual; empty when no three of them are independent (frequencies in a plane or on a line: columns or
     * bands of fields, no 3-D lattice).
     *
     * @param tolerance how far from a lattice point a frequency may lie, in units of the shortest basis vector
     */
    public static Optional<FieldLattice> fit(List<double[]> frequencies, double tolerance) {
        Require.nonNull("frequencies", frequencies);
        Require.that(frequencies.size() >= 3, "frequencies.size", frequencies.size(), "must be >= 3 (a 3-D basis)");
        Require.positive("tolerance", tolerance);
        for (double[] k : frequencies) {
            Require.length("frequency", k, 3);
        }
        int n = frequencies.size();
        double[][] best = null;
        int bestOn = -1;
        double bestCell = Double.POSITIVE_INFINITY;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = b + 1; c < n; c++) {
                    double[][] basis = {frequencies.get(a), frequencies.get(b), frequencies.get(c)};
                    double cell = Math.abs(det(basis));
                    if (cell < 0.25 * norm(basis[0]) * norm(basis[1]) * norm(basis[2])) {
                        continue;
                    }
                    int on = countOn(frequencies, basis, tolerance);
                    if (on > bestOn || (on == bestOn && cell < bestCell)) {
                        best = basis;
                        bestOn = on;
                        bestCell = cell;
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double[][] frequencyBasis = {best[0].clone(), best[1].clone(), best[2].clone()};
        return Optional.of(new FieldLattice(frequencyBasis, dual(frequencyBasis), bestOn, n));
    }

    /** Share of the fitted frequencies on the frequency lattice. */
    public double fractionOnLattice() {
        return onLattice / (double) fitted;
    }

    /**
     * The first shell of the field lattice: its {@code size} shortest vectors, one of each +-a, shortest first
     * (searched over integer coefficients up to 4 in the dual basis; ties in length keep the search order).
     */
    public VolumeShell fieldShell(int size) {
        Require.that(size >= 3, "size", size, "must be >= 3");
        List<double[]> vectors = new ArrayList<>();
        for (int i = -REACH; i <= REACH; i++) {
            for (int j = -REACH; j <= REACH; j++) {
                for (int l = -REACH; l <= REACH; l++) {
                    int first = i != 0 ? i : j != 0 ? j : l;
                    if (first > 0) {
                        double[] v = new double[3];
                        for (int q = 0; q < 3; q++) {
                            v[q] = i * fieldBasis[0][q] + j * fieldBasis[1][q] + l * fieldBasis[2][q];
                        }
                        vectors.add(v);
                    }
                }
            }
        }
        vectors.sort(Comparator.comparingDouble(FieldLattice::norm));
        return VolumeShell.ofVectors(vectors.subList(0, size));
    }

    /** The dual basis {@code a_i = 2 pi (b_j x b_k) / det} of {@code basis} (rows). */
    static double[][] dual(double[][] basis) {
        double s = 2 * Math.PI / det(basis);
        double[][] out = {cross(basis[1], basis[2]), cross(basis[2], basis[0]), cross(basis[0], basis[1])};
        for (double[] row : out) {
            for (int q = 0; q < 3; q++) {
                row[q] *= s;
            }
        }
        return out;
    }

    private static int countOn(List<double[]> frequencies, double[][] basis, double tolerance) {
        double limit = tolerance * Math.min(norm(basis[0]), Math.min(norm(basis[1]), norm(basis[2])));
        double[][] d = dual(basis);
        int on = 0;
        for (double[] k : frequencies) {
            double e = 0;
            double[] coefficient = new double[3];
            for (int i = 0; i < 3; i++) {
                coefficient[i] = Math.rint(dot(k, d[i]) / (2 * Math.PI));
            }
            for (int q = 0; q < 3; q++) {
                double r = k[q] - coefficient[0] * basis[0][q] - coefficient[1] * basis[1][q] - coefficient[2] * basis[2][q];
                e += r * r;
            }
            if (Math.sqrt(e) <= limit) {
                on++;
            }
        }
        return on;
    }

    private static double det(double[][] m) {
        return dot(m[0], cross(m[1], m[2]));
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
