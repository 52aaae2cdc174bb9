package org.neurotheory.gridcells.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.gridcells.model.ActionableCode;

/** Check 19: module clustering recovers two planted hexagonal modules; the lattice test sees 60 degrees. */
class ModuleAssignmentTest {

    @Test
    void recoversPlantedModules() {
        int n = 21;
        int d = 10;
        int b = 2 * d + 1;
        // module A: the six shortest vectors of a hexagonal lattice |k| = 1.3 (folded to a half plane: 3) + 3 second-shell
        // module B: |k| = 1.3 * 1.4 rotated by 10 degrees, 4 frequencies
        double[] k = new double[2 * d];
        int f = 0;
        for (double[] v : hexagonal(1.3, 0, 6)) {
            k[2 * f] = v[0];
            k[2 * f + 1] = v[1];
            f++;
        }
        for (double[] v : hexagonal(1.3 * 1.4, 10, 4)) {
            k[2 * f] = v[0];
            k[2 * f + 1] = v[1];
            f++;
        }
        SplittableRandom rng = new SplittableRandom(3);
        double[] w = new double[n * b];
        for (int i = 0; i < n; i++) {
            w[i * b] = 2;
            int from = i < 12 ? 0 : 6;
            int to = i < 12 ? 6 : 10;
            for (int q = from; q < to; q++) {
                double phase = 2 * Math.PI * rng.nextDouble();
                w[i * b + 2 * q + 1] = Math.cos(phase);
                w[i * b + 2 * q + 2] = Math.sin(phase);
            }
        }
        ActionableCode code = new ActionableCode(n, 2, w, k);
        List<int[]> modules = ModuleAssignment.modules(code);
        assertEquals(2, ModuleAssignment.count(modules, 2));
        int[] first = new int[12];
        for (int i = 0; i < 12; i++) {
            first[i] = i;
        }
        assertArrayEquals(first, modules.get(0));
        assertEquals(9, modules.get(1).length);
        List<double[]> dom = new ArrayList<>();
        for (FrequencySpectrum.Component c : FrequencySpectrum.dominant(code, modules.get(0), 0.99)) {
            dom.add(c.k());
        }
        LatticeTest t = LatticeTest.of(dom, 0.1);
        assertEquals(60, t.angleDegrees(), 1e-9);
        assertEquals(1, t.fractionOnLattice(), 0);
    }

    /** The first {@code count} lattice vectors i b1 + j b2 of a half plane, shortest first. */
    private static List<double[]> hexagonal(double k, double rotDeg, int count) {
        double r = Math.toRadians(rotDeg);
        double[][] basis = {{k, 0}, {k / 2, k * Math.sqrt(3) / 2}};
        int[][] ij = {{1, 0}, {0, 1}, {-1, 1}, {1, 1}, {-1, 2}, {2, -1}};
        List<double[]> out = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            double x = ij[q][0] * basis[0][0] + ij[q][1] * basis[1][0];
            double y = ij[q][0] * basis[0][1] + ij[q][1] * basis[1][1];
            out.add(new double[] {Math.cos(r) * x - Math.sin(r) * y, Math.sin(r) * x + Math.cos(r) * y});
        }
        return out;
    }
}
