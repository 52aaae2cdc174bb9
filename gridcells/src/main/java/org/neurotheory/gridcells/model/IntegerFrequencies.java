package org.neurotheory.gridcells.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.neurotheory.core.Require;

/**
 * The candidate frequencies of a finite periodic space (Section 2.5 of the paper): on the unit
 * circle the integers {@code 1..M}; on the torus the M shortest integer vectors of a half-plane
 * (the official {@code freq_selector}): {@code (k_x, k_y)} with {@code k_y >= 0}, dropping
 * {@code k_y = 0, k_x < 0} (the negatives of kept ones) and the origin (it would duplicate the
 * constant), sorted by {@code |k|^2}, ties by {@code k_y} then {@code k_x}.
 */
public final class IntegerFrequencies {
    private IntegerFrequencies() {
    }

    /** Circle: {@code 1, 2, ..., m} as an m x 1 array. */
    public static double[] circle(int m) {
        Require.positive("m", m);
        double[] k = new double[m];
        for (int i = 0; i < m; i++) {
            k[i] = i + 1;
        }
        return k;
    }

    /**
     * 3-torus: the m shortest integer vectors of a half-space (the official {@code freq_selector_3D}):
     * {@code k_z > 0}, or {@code k_z = 0, k_y > 0}, or {@code k_z = k_y = 0, k_x > 0}; sorted by
     * {@code |k|^2}, ties by {@code k_z}, {@code k_y}, then {@code k_x}; m x 3 row-major.
     */
    public static double[] volume(int m) {
        Require.positive("m", m);
        int r = (int) Math.ceil(Math.cbrt(m)) + 4;
        List<int[]> all = new ArrayList<>();
        for (int kz = 0; kz <= r; kz++) {
            for (int ky = -r; ky <= r; ky++) {
                for (int kx = -r; kx <= r; kx++) {
                    if (kz == 0 && (ky < 0 || (ky == 0 && kx <= 0))) {
                        continue;
                    }
                    all.add(new int[] {kx, ky, kz});
                }
            }
        }
        all.sort(Comparator.<int[]>comparingInt(v -> v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
                .thenComparingInt(v -> v[2]).thenComparingInt(v -> v[1]).thenComparingInt(v -> v[0]));
        double[] k = new double[3 * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < 3; j++) {
                k[3 * i + j] = all.get(i)[j];
            }
        }
        return k;
    }

    /** Torus: the m shortest half-plane integer vectors, m x 2 row-major. */
    public static double[] torus(int m) {
        Require.positive("m", m);
        int r = (int) Math.ceil(Math.sqrt(m)) + 10;
        List<int[]> all = new ArrayList<>();
        for (int ky = 0; ky <= r; ky++) {
            for (int kx = -r; kx <= r; kx++) {
                if (ky == 0 && kx <= 0) {
                    continue;
                }
                all.add(new int[] {kx, ky});
            }
        }
        all.sort(Comparator.<int[]>comparingInt(v -> v[0] * v[0] + v[1] * v[1]).thenComparingInt(v -> v[1])
                .thenComparingInt(v -> v[0]));
        double[] k = new double[2 * m];
        for (int i = 0; i < m; i++) {
            k[2 * i] = all.get(i)[0];
            k[2 * i + 1] = all.get(i)[1];
        }
        return k;
    }
}
