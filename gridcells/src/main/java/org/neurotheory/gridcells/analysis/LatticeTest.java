package org.neurotheory.gridcells.analysis;

import java.util.List;
import org.neurotheory.core.Require;

/**
 * Whether planar frequencies lie on one 2-D lattice (Section 4.0): take the shortest vector b1
 * and the shortest vector b2 not parallel to it (within 15 degrees), and count the frequencies
 * within {@code tolerance |b1|} of some integer combination {@code i b1 + j b2} (k and -k count as
 * the same frequency). The angle between b1 and b2, folded to [0, 90] degrees, is 60 for a
 * hexagonal and 90 for a square lattice; a hexagonal lattice also has {@code |b1| = |b2|} (its six
 * shortest frequencies, the first shell, have one length), which {@link #lengthSpread} measures.
 *
 * @param b1            shortest basis vector
 * @param b2            second basis vector
 * @param angleDegrees  angle between the basis vectors folded to [0, 90]
 * @param fractionOnLattice share of the tested frequencies on the lattice
 */
public record LatticeTest(double[] b1, double[] b2, double angleDegrees, double fractionOnLattice) {

    /** Tests planar frequency vectors (each of length 2; at least two non-parallel ones needed). */
    public static LatticeTest of(List<double[]> frequencies, double tolerance) {
        Require.that(frequencies.size() >= 2, "frequencies.size", frequencies.size(), "must be >= 2");
        Require.positive("tolerance", tolerance);
        double[] b1 = null;
        for (double[] k : frequencies) {
            Require.length("frequency", k, 2);
            if (b1 == null || CodeStatistics.norm(k) < CodeStatistics.norm(b1)) {
                b1 = k;
            }
        }
        double[] b2 = null;
        for (double[] k : frequencies) {
            double cos = Math.abs(dot(k, b1)) / (CodeStatistics.norm(k) * CodeStatistics.norm(b1));
            if (cos < Math.cos(Math.toRadians(15)) && (b2 == null || CodeStatistics.norm(k) < CodeStatistics.norm(b2))) {
                b2 = k;
            }
        }
        Require.that(b2 != null, "frequencies", "collinear", "must contain two non-parallel vectors");
        double det = b1[0] * b2[1] - b1[1] * b2[0];
        int on = 0;
        for (double[] k : frequencies) {
            double i = (k[0] * b2[1] - k[1] * b2[0]) / det;
            double j = (b1[0] * k[1] - b1[1] * k[0]) / det;
            double ex = k[0] - Math.rint(i) * b1[0] - Math.rint(j) * b2[0];
            double ey = k[1] - Math.rint(i) * b1[1] - Math.rint(j) * b2[1];
            if (Math.hypot(ex, ey) <= tolerance * CodeStatistics.norm(b1)) {
                on++;
            }
        }
        double angle = Math.toDegrees(Math.acos(Math.abs(dot(b1, b2)) / (CodeStatistics.norm(b1) * CodeStatistics.norm(b2))));
        return new LatticeTest(b1.clone(), b2.clone(), angle, on / (double) frequencies.size());
    }

    /** Relative difference of the basis lengths, {@code (|b2| - |b1|) / |b2|}: 0 for a hexagonal or square lattice. */
    public double lengthSpread() {
        return (CodeStatistics.norm(b2) - CodeStatistics.norm(b1)) / CodeStatistics.norm(b2);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1];
    }
}
