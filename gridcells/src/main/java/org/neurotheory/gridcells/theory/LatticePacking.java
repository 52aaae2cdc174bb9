package org.neurotheory.gridcells.theory;

import org.neurotheory.core.Require;

/**
 * Why hexagons (Section 3.2 of the paper, Fig. 4A): with the frequency budget fixed, a lattice of
 * frequencies should put as many points as possible inside the annulus {@code kMin <= |k| <= kMax}
 * while none falls inside the inner disc. At a given shortest vector the hexagonal lattice is the
 * densest, so it fits more frequencies in the annulus than the square one. Real-space spacing:
 * hexagonal frequency lattice with shortest vector |k|: fields on a triangular lattice of spacing
 * {@code 4 pi / (sqrt 3 |k|)}; square: {@code 2 pi / |k|}.
 */
public final class LatticePacking {
    private LatticePacking() {
    }

    /** Counts non-zero points {@code i b1 + j b2} with {@code kMin <= |k| <= kMax}. */
    public static int annulusCount(double[] b1, double[] b2, double kMin, double kMax) {
        Require.length("b1", b1, 2);
        Require.length("b2", b2, 2);
        Require.nonNegative("kMin", kMin);
        Require.that(kMax > kMin, "kMax", kMax, "must be > kMin = " + kMin);
        double shortest = Math.min(Math.hypot(b1[0], b1[1]), Math.hypot(b2[0], b2[1]));
        Require.positive("|b|", shortest);
        double area = Math.abs(b1[0] * b2[1] - b1[1] * b2[0]);
        Require.positive("cell area", area);
        int range = (int) Math.ceil(kMax * Math.max(Math.hypot(b1[0], b1[1]), Math.hypot(b2[0], b2[1])) / area) + 2;
        int count = 0;
        for (int i = -range; i <= range; i++) {
            for (int j = -range; j <= range; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double r = Math.hypot(i * b1[0] + j * b2[0], i * b1[1] + j * b2[1]);
                if (r >= kMin && r <= kMax) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Hexagonal lattice basis with shortest vector length k. */
    public static double[][] hexagonal(double k) {
        Require.positive("k", k);
        return new double[][] {{k, 0}, {k / 2, k * Math.sqrt(3) / 2}};
    }

    /** Square lattice basis with shortest vector length k. */
    public static double[][] square(double k) {
        Require.positive("k", k);
        return new double[][] {{k, 0}, {0, k}};
    }

    /** Firing-field spacing of a hexagonal frequency lattice with shortest vector k: {@code 4 pi / (sqrt 3 k)}. */
    public static double hexagonalSpacing(double k) {
        return 4 * Math.PI / (Math.sqrt(3) * Require.positive("k", k));
    }
}
