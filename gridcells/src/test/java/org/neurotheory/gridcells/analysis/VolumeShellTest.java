package org.neurotheory.gridcells.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.gridcells.experiments.Fig19eVolumeLattice;
import org.neurotheory.gridcells.model.OptimiserParams;

/** The 3-D lattice measures of Fig. 19E on synthetic frequency sets whose answers are known exactly; bad figure settings. */
class VolumeShellTest {
    /** The six first-shell vectors of a face-centred cubic lattice (one of k, -k each), then its second shell. */
    private static List<FrequencySpectrum.Component> fcc(double scale) {
        double[][] k = {{1, 1, 0}, {1, -1, 0}, {1, 0, 1}, {1, 0, -1}, {0, 1, 1}, {0, 1, -1}, {2, 0, 0}, {0, 2, 0}, {0, 0, 2}};
        List<FrequencySpectrum.Component> out = new ArrayList<>();
        for (int i = 0; i < k.length; i++) {
            double[] v = {scale * k[i][0], scale * k[i][1], scale * k[i][2]};
            out.add(new FrequencySpectrum.Component(v, i < 6 ? 1.0 : 0.2));
        }
        return out;
    }

    @Test
    void faceCentredCubicShell() {
        List<double[]> shell = new ArrayList<>();
        for (FrequencySpectrum.Component c : fcc(0.9).subList(0, 6)) {
            shell.add(c.k());
        }
        VolumeShell s = VolumeShell.ofVectors(shell);
        assertEquals(1.0, s.lengthRatio(), 1e-12);
        assertEquals(12, s.anglesNear(60, 1e-6));
        assertEquals(3, s.anglesNear(90, 1e-6));
        assertEquals(0, s.worstAngleError(), 1e-9);
        double[] shares = VolumeShell.dimensionShares(fcc(0.9));
        for (double v : shares) {
            assertEquals(1.0 / 3, v, 1e-12);
        }
    }

    @Test
    void planarHexagonHasNoThirdDimension() {
        List<FrequencySpectrum.Component> hex = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double a = Math.toRadians(60 * i + 10);
            // a hexagon in the plane spanned by (1, 1, 0)/sqrt 2 and (0, 0, 1)
            double u = Math.cos(a);
            double w = Math.sin(a);
            hex.add(new FrequencySpectrum.Component(new double[] {u / Math.sqrt(2), u / Math.sqrt(2), w}, 1));
        }
        double[] shares = VolumeShell.dimensionShares(hex);
        assertEquals(0.5, shares[0], 1e-12);
        assertEquals(0.5, shares[1], 1e-12);
        assertEquals(0, shares[2], 1e-12);
        double[] normal = VolumeShell.principalAxes(hex)[2];
        assertEquals(1, Math.abs(normal[0] - normal[1]) / Math.sqrt(2), 1e-9);
        assertEquals(0, normal[2], 1e-9);
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> VolumeShell.ofVectors(List.of(new double[] {1, 0, 0})));
        assertThrows(IllegalArgumentException.class, () -> VolumeShell.ofVectors(List.of(new double[] {1, 0, 0}, new double[] {1, 0})));
        assertThrows(IllegalArgumentException.class, () -> VolumeShell.dimensionShares(List.of()));
        var quick = Fig19eVolumeLattice.Params.quick();
        IllegalArgumentException plane = assertThrows(IllegalArgumentException.class,
                () -> new Fig19eVolumeLattice.Params(OptimiserParams.planeOneModule(), 40, 1, 0, false, 1, 1));
        assertTrue(plane.getMessage().contains("optimiser.dim"), plane.getMessage());
        IllegalArgumentException every = assertThrows(IllegalArgumentException.class,
                () -> new Fig19eVolumeLattice.Params(quick.optimiser(), 40, 1, -1, false, 1, 1));
        assertTrue(every.getMessage().contains("checkpointEvery"), every.getMessage());
        IllegalArgumentException restarts = assertThrows(IllegalArgumentException.class,
                () -> new Fig19eVolumeLattice.Params(quick.optimiser(), 40, 1, 0, false, 0, 1));
        assertTrue(restarts.getMessage().contains("restarts"), restarts.getMessage());
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> new Fig19eVolumeLattice.Params(quick.optimiser(), 40, 1, 0, false, 1, 0));
        assertTrue(threads.getMessage().contains("threads"), threads.getMessage());
        IllegalArgumentException restart = assertThrows(IllegalArgumentException.class,
                () -> Fig19eVolumeLattice.checkpoint(Fig19eVolumeLattice.Params.paper(), 1, 5));
        assertTrue(restart.getMessage().contains("restart"), restart.getMessage());
    }
}
