package org.neurotheory.gridcells.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Field width of synthetic maps: hexagonal lattices of Gaussian fields of known width and spacing. */
class FieldWidthTest {
    private static final int N = 100;
    private static final double E = 4 * Math.PI;

    /** Sum of Gaussian fields of width mu on a hexagonal lattice of spacing nu, rotated by {@code rot}, offset by (ox, oy). */
    static double[] lattice(double nu, double mu, double rot, double ox, double oy) {
        double[] m = new double[N * N];
        double[] a = {nu * Math.cos(rot), nu * Math.sin(rot)};
        double[] b = {nu * Math.cos(rot + Math.PI / 3), nu * Math.sin(rot + Math.PI / 3)};
        int reach = (int) Math.ceil(3 * E / nu) + 2;
        for (int iy = 0; iy < N; iy++) {
            for (int ix = 0; ix < N; ix++) {
                double x = RateMap.coordinate(ix, N, E);
                double y = RateMap.coordinate(iy, N, E);
                double s = 0;
                for (int i = -reach; i <= reach; i++) {
                    for (int j = -reach; j <= reach; j++) {
                        double dx = x - ox - i * a[0] - j * b[0];
                        double dy = y - oy - i * a[1] - j * b[1];
                        s += Math.exp(-(dx * dx + dy * dy) / (2 * mu * mu));
                    }
                }
                m[iy * N + ix] = s;
            }
        }
        return m;
    }

    @Test
    void isolatedGaussianFieldsGiveTheirWidth() {
        double step = 2 * E / N;
        for (double mu : new double[] {0.5, 0.8, 1.1}) {
            // spacing 7: mu/nu <= 0.16, so the neighbours' tails lift the floor and the flanks by < 1 %
            double measured = FieldWidth.of(lattice(7, mu, 0.3, 0.4, -0.2), N, step);
            // the half-maximum area is counted in bins of side 0.25: the radius (0.6-1.3) is off by
            // about (bin / 2) / r in the worst case, a few per cent after the median over fields
            assertEquals(mu, measured, 0.05 * mu, "mu " + mu);
        }
    }

    @Test
    void overlappingFieldsReadNarrowerThanTheirGaussian() {
        // at mu/nu = 0.22 the six neighbours' tails lift the map's floor: the half-maximum region
        // above the floor is narrower than the Gaussian's (the width is the field's above the floor)
        double measured = FieldWidth.of(lattice(5, 1.1, 0.3, 0.4, -0.2), N, 2 * E / N);
        assertTrue(measured < 1.1 && measured > 0.85 * 1.1, "measured " + measured);
    }

    @Test
    void widthOverSpacingDoesNotDependOnScale() {
        double step = 2 * E / N;
        double r1 = FieldWidth.of(lattice(4, 0.6, 0.1, 0, 0), N, step) / 4;
        double r2 = FieldWidth.of(lattice(6, 0.9, 0.1, 0, 0), N, step) / 6;
        assertEquals(r1, r2, 0.05 * r1);
    }

    @Test
    void fieldsCutByTheWindowAreNotMeasured() {
        // one field at the centre of a map far smaller than the spacing: only it is inside
        double step = 2 * E / N;
        double[] radii = FieldWidth.halfMaxRadii(lattice(40, 1, 0, 0, 0), N, step);
        assertEquals(1, radii.length);
        assertEquals(FieldWidth.HALF_MAX_RADIUS, radii[0], 0.05);
        double[] flat = new double[N * N];
        assertTrue(Double.isNaN(FieldWidth.of(flat, N, step)));
    }
}
