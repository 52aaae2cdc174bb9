package org.neurotheory.bioplausible.conv.model;

import java.util.SplittableRandom;
import org.neurotheory.core.Require;

/**
 * When and how a locally connected network shares weights during training (Pogodin et al. 2021,
 * Sec. 4.3; official training loop): after the optimiser step of every iteration whose index within
 * the epoch is a multiple of {@code frequency} (0, f, 2f, ...; the index restarts every epoch), every
 * LC layer's weights are shared instantly or through a Hebbian sleep phase. Only the weights change;
 * the optimiser's moments are left as they are.
 *
 * @param mode      {@link Mode#INSTANT} or {@link Mode#SLEEP}
 * @param frequency iterations between sharing events
 * @param groups    phase groups (the paper's) or all positions (ablation, not the paper's)
 * @param sleep     sleep-phase settings (used in {@link Mode#SLEEP})
 */
public record SharingSchedule(Mode mode, int frequency, SharingGroups groups, HebbianSleep.Params sleep) {
    /** How weights are shared. */
    public enum Mode {
        /** Averaging over the groups: the gamma -> 0 fixed point. */
        INSTANT,
        /** Hebbian sleep phase through the lateral-inhibition circuit on periodic inputs. */
        SLEEP
    }

    public SharingSchedule {
        Require.nonNull("mode", mode);
        Require.positive("frequency", frequency);
        Require.nonNull("groups", groups);
        Require.nonNull("sleep", sleep);
    }

    /** Instant sharing over phase groups every {@code frequency} iterations (the paper's published runs use 10). */
    public static SharingSchedule instant(int frequency) {
        return new SharingSchedule(Mode.INSTANT, frequency, SharingGroups.PHASE, HebbianSleep.Params.paper());
    }

    /** Hebbian sleep every {@code frequency} iterations with the given sleep settings. */
    public static SharingSchedule sleep(int frequency, HebbianSleep.Params sleep) {
        return new SharingSchedule(Mode.SLEEP, frequency, SharingGroups.PHASE, sleep);
    }

    /** Whether weights are shared after iteration {@code iterationInEpoch} (0-based, restarting every epoch). */
    public boolean sharesAfter(int iterationInEpoch) {
        Require.nonNegative("iterationInEpoch", iterationInEpoch);
        return iterationInEpoch % frequency == 0;
    }

    /** Shares the weights {@code w} of one LC layer (layout {@code l}) in place. */
    public float[] apply(float[] w, LcWeightLayout l, SplittableRandom rng) {
        if (mode == Mode.INSTANT) {
            return InstantSharing.share(w, l, groups);
        }
        Require.that(groups == SharingGroups.PHASE, "groups", groups, "must be PHASE for the sleep phase");
        return HebbianSleep.sleep(w, l, sleep, rng);
    }
}
