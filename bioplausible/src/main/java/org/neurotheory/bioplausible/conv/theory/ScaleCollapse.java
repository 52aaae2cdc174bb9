package org.neurotheory.bioplausible.conv.theory;

import org.neurotheory.core.Require;

/**
 * Scale collapse at the first sharing event (Pogodin et al. 2021, Sec. 4.3; why the paper's
 * networks keep batch normalisation): a locally connected layer starts from independent weights of
 * standard deviation {@code sigma} at every position, and averaging a phase group of G of them
 * leaves weights of standard deviation {@code sigma / sqrt(G)}. For a 36 x 36 map and k = 3 every
 * group has 144 members, so the first sharing event shrinks the layer's weights twelvefold (and
 * the effect compounds over layers) unless a normalisation follows each layer.
 */
public final class ScaleCollapse {
    private ScaleCollapse() {
    }

    /** Standard deviation {@code sigma / sqrt(G)} of the mean of G independent weights of std {@code sigma}. */
    public static double stdAfterSharing(double sigma, int groupSize) {
        Require.nonNegative("sigma", sigma);
        Require.positive("groupSize", groupSize);
        return sigma / Math.sqrt(groupSize);
    }

    /** Size of the sharing group of phase {@code (a, d)} on an {@code outSize x outSize} map. */
    public static int groupSize(int outSize, int kernel, int phaseRow, int phaseCol) {
        return PhaseGroups.rowsInPhase(outSize, kernel, phaseRow) * PhaseGroups.rowsInPhase(outSize, kernel, phaseCol);
    }

    /**
     * Expected ratio of the root-mean-square weight after instant sharing to before, for
     * independent zero-mean weights on an {@code outSize x outSize} map: every position then carries
     * its group's mean, of variance {@code sigma^2 / G_g}, so the mean square over the {@code P}
     * positions is {@code sigma^2 n_groups / P} and the ratio is {@code sqrt(n_groups / P)}
     * ({@code 1/12} for a 36 x 36 map and k = 3).
     */
    public static double rmsRatio(int outSize, int kernel) {
        Require.positive("outSize", outSize);
        PhaseGroups.checkKernel(kernel);
        int groups = 0;
        for (int a = 0; a < kernel; a++) {
            for (int d = 0; d < kernel; d++) {
                if (groupSize(outSize, kernel, a, d) > 0) {
                    groups++;
                }
            }
        }
        return Math.sqrt((double) groups / ((double) outSize * outSize));
    }

    /** He ("kaiming normal, fan_out") initial standard deviation {@code sqrt(2 / (C_out k^2))} of the paper's layers. */
    public static double kaimingStd(int outChannels, int kernel) {
        Require.positive("outChannels", outChannels);
        PhaseGroups.checkKernel(kernel);
        return Math.sqrt(2.0 / (outChannels * kernel * kernel));
    }
}
