package org.neurotheory.gridcells.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field lattice of Fig. 19E on frequency lattices whose duals are known exactly. */
class FieldLatticeTest {
    /** Rotation by 0.4 rad about z, then 0.7 rad about x: no basis vector stays on a coordinate axis. */
    private static double[] rotate(double[] v, double scale) {
        double c1 = Math.cos(0.4);
        double s1 = Math.sin(0.4);
        double x = c1 * v[0] - s1 * v[1];
        double y = s1 * v[0] + c1 * v[1];
        double c2 = Math.cos(0.7);
        double s2 = Math.sin(0.7);
        return new double[] {scale * x, scale * (c2 * y - s2 * v[2]), scale * (s2 * y + c2 * v[2])};
    }

    private static List<double[]> lattice(double[][] vectors, double scale) {
        List<double[]> out = new ArrayList<>();
        for (double[] v : vectors) {
            out.add(rotate(v, scale));
        }
        return out;
    }

    /** Body-centred cubic frequencies: the four body diagonals, the three axes at 2/sqrt(3) their length, a harmonic. */
    private static final double[][] BCC = {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}, {2, 0, 0}, {0, 2, 0}, {0, 0, 2}, {2, 2, 2}};

    @Test
    void bodyCentredCubicFrequenciesHaveFaceCentredCubicFields() {
        FieldLattice f = FieldLattice.fit(lattice(BCC, 0.7), 0.1).orElseThrow();
        assertEquals(1.0, f.fractionOnLattice(), 0);
        // a_i . b_j = 2 pi delta_ij
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double d = 0;
                for (int q = 0; q < 3; q++) {
                    d += f.fieldBasis()[i][q] * f.frequencyBasis()[j][q];
                }
                assertEquals(i == j ? 2 * Math.PI : 0, d, 1e-12);
            }
        }
        VolumeShell s = f.fieldShell(6);
        assertEquals(1.0, s.lengthRatio(), 1e-12);
        assertEquals(12, s.anglesNear(60, 1e-6));
        assertEquals(3, s.anglesNear(90, 1e-6));
        // frequencies of cubic cell 2 x 0.7 give fields of cubic cell 2 pi / 0.7, nearest neighbours at half its face diagonal
        assertEquals(Math.PI / 0.7 * Math.sqrt(2), s.lengths()[0], 1e-12);
    }

    @Test
    void faceCentredCubicFrequenciesHaveBodyCentredCubicFields() {
        double[][] fcc = {{1, 1, 0}, {1, -1, 0}, {1, 0, 1}, {1, 0, -1}, {0, 1, 1}, {0, 1, -1}, {2, 0, 0}};
        VolumeShell s = FieldLattice.fit(lattice(fcc, 1.3), 0.1).orElseThrow().fieldShell(6);
        // body-centred cubic: four lines at 70.5 degrees (cos = 1/3), then the cube's axes, 2/sqrt(3) longer
        assertEquals(6, s.anglesNear(Math.toDegrees(Math.acos(1.0 / 3)), 1e-6));
        assertEquals(2 / Math.sqrt(3), s.lengthRatio(), 1e-12);
        assertTrue(s.worstAngleError() > 10, "a body-centred cubic field lattice is not face-centred cubic");
    }

    @Test
    void aHalfFrequencyRefinesTheLattice() {
        // (1/2, 0, 0) with the body diagonals generates a finer lattice holding all nine: the code then repeats
        // only on the coarser dual, so the fit must take the finer lattice (cell volume 1 instead of 4)
        List<double[]> ks = lattice(BCC, 1);
        ks.add(rotate(new double[] {0.5, 0, 0}, 1));
        FieldLattice f = FieldLattice.fit(ks, 0.1).orElseThrow();
        assertEquals(ks.size(), f.onLattice());
        assertEquals(1, Math.abs(det(f.frequencyBasis())), 1e-9);
    }

    private static double det(double[][] b) {
        return b[0][0] * (b[1][1] * b[2][2] - b[1][2] * b[2][1]) - b[0][1] * (b[1][0] * b[2][2] - b[1][2] * b[2][0])
                + b[0][2] * (b[1][0] * b[2][1] - b[1][1] * b[2][0]);
    }

    @Test
    void offLatticeFrequenciesAndHarmonics() {
        List<double[]> ks = lattice(BCC, 1);
        ks.add(rotate(new double[] {0.37, 0.81, -0.22}, 1));
        ks.add(rotate(new double[] {1.3, 0.2, -0.4}, 1));
        FieldLattice f = FieldLattice.fit(ks, 0.1).orElseThrow();
        assertEquals(BCC.length, f.onLattice());
        assertEquals(BCC.length / (double) ks.size(), f.fractionOnLattice(), 0);
        // the basis is a primitive cell of the body-centred cubic lattice (volume 4 at unit scale), not a sublattice
        assertEquals(4, Math.abs(det(f.frequencyBasis())), 1e-9);
    }

    @Test
    void planarOrCollinearFrequenciesHaveNoLattice() {
        double[][] hexagon = {{1, 0, 0}, {0.5, Math.sqrt(0.75), 0}, {-0.5, Math.sqrt(0.75), 0}, {2, 0, 0}};
        assertTrue(FieldLattice.fit(lattice(hexagon, 1), 0.1).isEmpty());
        double[][] bands = {{1, 0, 0}, {2, 0, 0}, {3, 0.01, 0}};
        assertTrue(FieldLattice.fit(lattice(bands, 1), 0.1).isEmpty());
    }

    @Test
    void badInput() {
        List<double[]> two = List.of(new double[] {1, 0, 0}, new double[] {0, 1, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FieldLattice.fit(two, 0.1));
        assertTrue(e.getMessage().contains("frequencies.size"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FieldLattice.fit(lattice(BCC, 1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> FieldLattice.fit(List.of(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0}), 0.1));
        FieldLattice f = FieldLattice.fit(lattice(BCC, 1), 0.1).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> f.fieldShell(2));
    }
}
