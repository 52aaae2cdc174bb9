package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * Settings of the objective on a finite periodic space (circle, torus; Section 2.5 of the paper):
 * Monte-Carlo estimates over uniform samples of {@code [0, 2 pi)^dim}.
 *
 * @param loss        Euclidean or kernel separation loss
 * @param sigmaSq     sigma^2 of the kernel loss (unused by the Euclidean one)
 * @param chiLength   l of the wrapped-Gaussian pair weight {@code chi = 1 - f exp(-sum d_c^2 / (2 l^2))},
 *                    d_c the circular distance per coordinate
 * @param chiStrength f in [0, 1]; 0 switches chi off (chi = 1)
 * @param rooms       M, samples of the separation loss per resample
 * @param positivity  P, samples of the non-negativity and equivariance losses per resample
 * @param shifts      random displacements of the equivariance loss per resample
 */
public record FiniteObjectiveParams(SeparationLoss loss, double sigmaSq, double chiLength, double chiStrength,
                                    int rooms, int positivity, int shifts) {
    public FiniteObjectiveParams {
        Require.nonNull("loss", loss);
        Require.positive("sigmaSq", sigmaSq);
        Require.positive("chiLength", chiLength);
        Require.probability("chiStrength", chiStrength);
        Require.that(rooms >= 2, "rooms", rooms, "must be >= 2 (pairs of samples)");
        Require.positive("positivity", positivity);
        Require.positive("shifts", shifts);
    }

    /** The official circle script: Euclidean loss, no chi, M = 150, P = 450, 3 shifts. */
    public static FiniteObjectiveParams circleEuclidean() {
        return new FiniteObjectiveParams(SeparationLoss.EUCLIDEAN, 1, 0.1, 0, 150, 450, 3);
    }

    /** The official torus script: kernel loss with chi, sigma^2 = 1, l = 1, M = 150, P = 250, 3 shifts. */
    public static FiniteObjectiveParams torusKernelChi() {
        return new FiniteObjectiveParams(SeparationLoss.KERNEL, 1, 1, 1, 150, 250, 3);
    }

    public FiniteObjectiveParams withLoss(SeparationLoss v) {
        return new FiniteObjectiveParams(v, sigmaSq, chiLength, chiStrength, rooms, positivity, shifts);
    }

    public FiniteObjectiveParams withChi(double length, double strength) {
        return new FiniteObjectiveParams(loss, sigmaSq, length, strength, rooms, positivity, shifts);
    }

    public FiniteObjectiveParams withSigmaSq(double v) {
        return new FiniteObjectiveParams(loss, v, chiLength, chiStrength, rooms, positivity, shifts);
    }

    public FiniteObjectiveParams withSamples(int m, int p, int s) {
        return new FiniteObjectiveParams(loss, sigmaSq, chiLength, chiStrength, m, p, s);
    }

    /** All points of one resample: {@code M + P (1 + shifts)}. */
    public int totalPoints() {
        return rooms + positivity * (1 + shifts);
    }
}
