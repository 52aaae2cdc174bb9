package org.neurotheory.core.nn;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * Learning-rate multiplier as a function of the epoch (0-based, counted in completed epochs, as
 * PyTorch's schedulers stepped once per epoch): the optimiser's base rate times {@link #factor}.
 */
@FunctionalInterface
public interface LearningRateSchedule {
    /** The multiplier during epoch {@code epoch} (0-based). */
    double factor(int epoch);

    /** Always 1. */
    static LearningRateSchedule constant() {
        return epoch -> 1.0;
    }

    /**
     * PyTorch's {@code MultiStepLR}: multiplied by {@code gamma} at each milestone epoch (the rate
     * of epoch e is gamma^(number of milestones <= e)); a milestone listed twice counts once.
     */
    static LearningRateSchedule milestones(double gamma, int... milestones) {
        Require.positive("gamma", gamma);
        Require.nonNull("milestones", milestones);
        int[] m = Arrays.stream(milestones).distinct().sorted().toArray();
        for (int v : m) {
            Require.positive("milestone", v);
        }
        return epoch -> {
            int k = 0;
            for (int v : m) {
                if (epoch >= v) {
                    k++;
                }
            }
            return Math.pow(gamma, k);
        };
    }

    /** PyTorch's {@code StepLR}: multiplied by {@code gamma} every {@code every} epochs. */
    static LearningRateSchedule step(int every, double gamma) {
        Require.positive("every", every);
        Require.positive("gamma", gamma);
        return epoch -> Math.pow(gamma, epoch / every);
    }

    /**
     * Cosine annealing over {@code epochs} epochs from 1 to {@code minFactor}:
     * min + (1 - min)(1 + cos(pi e / epochs))/2 (PyTorch's {@code CosineAnnealingLR} with
     * T_max = epochs, eta_min = minFactor * base), constant at min after.
     */
    static LearningRateSchedule cosine(int epochs, double minFactor) {
        Require.positive("epochs", epochs);
        Require.inRange("minFactor", minFactor, 0.0, 1.0);
        return epoch -> {
            int e = Math.min(epoch, epochs);
            return minFactor + (1 - minFactor) * (1 + Math.cos(Math.PI * e / epochs)) / 2;
        };
    }
}
