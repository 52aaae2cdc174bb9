package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * Settings of the objective for very large spaces (line, plane, volume; Sections 2.3-2.4 of the
 * paper and its Appendix B): Monte-Carlo estimates over {@code rooms} occupancy samples
 * {@code x_i ~ Normal(0, I)} (L = 1), and over {@code shifts} rooms displaced by
 * {@code s_m ~ Normal(0, shiftStd^2 I)} for the positivity and norm constraints.
 *
 * @param sigmaSq         neural lengthscale squared, sigma^2 of eq. (1)
 * @param chiLength       input lengthscale l of the pair weight chi, eq. (2)
 * @param chiStrength     f in {@code chi = 1 - f exp(-|x-x'|^2 / 2l^2)}, in [0, 1]; 1 in the paper
 * @param functionalScale the constant c_f multiplying the pair sum (official plane script: 100/(2M)^2)
 * @param normMode        raw (official code) or ratio (paper text) norm constraint
 * @param rooms           M, occupancy samples per resample
 * @param shifts          M_S, displaced rooms per resample
 * @param shiftStd        S, standard deviation of the room displacements
 */
public record ObjectiveParams(double sigmaSq, double chiLength, double chiStrength, double functionalScale,
                              NormLossMode normMode, int rooms, int shifts, double shiftStd) {
    public ObjectiveParams {
        Require.positive("sigmaSq", sigmaSq);
        Require.positive("chiLength", chiLength);
        Require.probability("chiStrength", chiStrength);
        Require.positive("functionalScale", functionalScale);
        Require.nonNull("normMode", normMode);
        Require.that(rooms >= 2, "rooms", rooms, "must be >= 2 (pairs of samples)");
        Require.positive("shifts", shifts);
        Require.nonNegative("shiftStd", shiftStd);
    }

    /**
     * The official plane script (one module): sigma^2 = 0.4, l = 0.5, M = 150, M_S = 15, S = 5,
     * c_f = 100/(2M)^2, raw norm loss.
     */
    public static ObjectiveParams planeOneModule() {
        return new ObjectiveParams(0.4, 0.5, 1.0, 100.0 / (300.0 * 300.0), NormLossMode.OFFICIAL_RAW, 150, 15, 5);
    }

    /** Table B.3 of the paper (several modules): sigma = 0.2, l = 0.5, M = 150, M_S = 15, S = 3, c_f = 100/(2M)^2. */
    public static ObjectiveParams tableB3() {
        return new ObjectiveParams(0.04, 0.5, 1.0, 100.0 / (300.0 * 300.0), NormLossMode.OFFICIAL_RAW, 150, 15, 3);
    }

    public ObjectiveParams withSigmaSq(double v) {
        return new ObjectiveParams(v, chiLength, chiStrength, functionalScale, normMode, rooms, shifts, shiftStd);
    }

    public ObjectiveParams withChiLength(double v) {
        return new ObjectiveParams(sigmaSq, v, chiStrength, functionalScale, normMode, rooms, shifts, shiftStd);
    }

    public ObjectiveParams withNormMode(NormLossMode v) {
        return new ObjectiveParams(sigmaSq, chiLength, chiStrength, functionalScale, v, rooms, shifts, shiftStd);
    }

    public ObjectiveParams withSamples(int m, int ms) {
        return new ObjectiveParams(sigmaSq, chiLength, chiStrength, functionalScale, normMode, m, ms, shiftStd);
    }

    public ObjectiveParams withShiftStd(double v) {
        return new ObjectiveParams(sigmaSq, chiLength, chiStrength, functionalScale, normMode, rooms, shifts, v);
    }

    /** Size of the positivity set, {@code M (1 + M_S)}. */
    public int positivityPoints() {
        return rooms * (1 + shifts);
    }
}
