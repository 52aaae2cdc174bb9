package org.neurotheory.core.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotheory.core.linalg.Vectors;

class CurvesTest {
    @Test
    void thinKeepsTheLastPoint() {
        double[] v = Curves.steps(11);
        assertArrayEquals(new double[] {0, 5, 10}, Curves.thin(v, 5), 0);
        assertArrayEquals(new double[] {0, 4, 8, 10}, Curves.thin(v, 4), 0);
    }

    @Test
    void spacings() {
        assertArrayEquals(new double[] {1, 1.5, 2}, Curves.linspace(1, 2, 3), 0);
        double[] g = Curves.logspace(0.01, 100, 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(Math.pow(10, i - 2), g[i], 1e-15 * Math.pow(10, i - 2));
        }
    }

    /** A line from (0, 1) to (4, 0) crosses 0.5 at t = 2 exactly; the half-drop of 1 -> 0 is there too. */
    @Test
    void interpolatedCrossingAndHalfDrop() {
        double[] t = {0, 1, 2, 3, 4};
        double[] y = {1, 0.9, 0.6, 0.2, 0};
        assertEquals(2.25, Curves.crossing(t, y, 0.5), 1e-12);
        assertEquals(2.25, Curves.halfDropTime(t, y, 0), 1e-12);
        assertTrue(Double.isNaN(Curves.crossing(t, y, -1)));
        assertEquals(3, Curves.firstBelow(y, 0.5));
        assertEquals(2, Curves.firstWithin(y, 0.55, 0.05));
        assertArrayEquals(new int[] {2, 4, -1}, Curves.dropSteps(y, 0.7, 0.1, -1));
    }

    @Test
    void histogramFractionsSumToTheShareInRange() {
        Panel p = new FigureData("t").panel("h", "x", "fraction");
        Curves.histogram(p, "h", new double[] {0.1, 0.2, 0.6, 1.5}, 0, 1, 2);
        assertArrayEquals(new double[] {0.25, 0.75}, p.series().get(0).x(), 0);
        assertArrayEquals(new double[] {0.5, 0.25}, p.series().get(0).y(), 0);
    }

    @Test
    void vectors() {
        double[] a = {3, 4};
        double[] b = {4, -3};
        assertEquals(0, Vectors.dot(a, b));
        assertEquals(5, Vectors.norm(a));
        assertEquals(4, Vectors.norm(a, 1, 2));
        assertEquals(Math.sqrt(50), Vectors.distance(a, b), 1e-15);
        assertEquals(1, Vectors.cosine(a, new double[] {6, 8}), 1e-15);
    }

    @Test
    void argminIsTheFirstSmallestAndSkipsNaN() {
        assertEquals(2, Curves.argmin(new double[] {3, 1, 0.5, 0.5, 2}));
        assertEquals(1, Curves.argmin(new double[] {Double.NaN, 4, 5}));
        assertEquals(-1, Curves.argmin(new double[] {Double.NaN}));
    }
}
