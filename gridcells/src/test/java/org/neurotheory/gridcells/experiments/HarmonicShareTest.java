package org.neurotheory.gridcells.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The harmonic share of Fig. 3C's check on hand-made spectra of the integer frequencies 1..100. */
class HarmonicShareTest {
    private static double[] frequencies() {
        double[] f = new double[100];
        for (int i = 0; i < f.length; i++) {
            f[i] = i + 1;
        }
        return f;
    }

    private static double[] spectrum(int[] at, double[] power, double floor) {
        double[] p = new double[100];
        Arrays.fill(p, floor);
        for (int i = 0; i < at.length; i++) {
            p[at[i] - 1] = power[i];
        }
        return p;
    }

    @Test
    void harmonicsOfOneBaseCarryAllThePower() {
        double[] p = spectrum(new int[] {5, 10, 15, 20}, new double[] {4, 3, 2, 1}, 0);
        assertEquals(1.0, FiniteSpaceRun.harmonicShare(frequencies(), p, 10), 1e-15);
    }

    @Test
    void harmonicsBeyondTheBudgetDoNotCount() {
        // base 5, but 55 is its 11th harmonic: outside n0..10 n0
        double[] p = spectrum(new int[] {5, 10, 55}, new double[] {2, 1, 1}, 0);
        assertEquals(0.75, FiniteSpaceRun.harmonicShare(frequencies(), p, 10), 1e-15);
    }

    @Test
    void frequenciesWithoutACommonBaseScoreLow() {
        // the dominant set of a local optimum: gcd 1, and none of them is among 1..10
        double[] p = spectrum(new int[] {31, 32, 45, 46, 55, 59, 66, 69}, new double[] {1, 0.4, 1.6, 0.7, 2.4, 0.4, 1.5, 1.6}, 1e-4);
        double share = FiniteSpaceRun.harmonicShare(frequencies(), p, 10);
        // the 1e-4 floor on 1..10: 10e-4 of a total of 9.6 + 92e-4
        assertEquals(10e-4 / (9.6 + 92e-4), share, 1e-12);
    }

    @Test
    void weakFrequenciesDoNotSetTheBase() {
        // 7 holds under 1% of the power, so the base stays 2
        double[] p = spectrum(new int[] {2, 4, 6, 7}, new double[] {50, 30, 19.5, 0.5}, 0);
        assertEquals(0.995, FiniteSpaceRun.harmonicShare(frequencies(), p, 10), 1e-12);
    }
}
