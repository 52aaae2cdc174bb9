package org.neurotheory.multimodal.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Onsets and lags of the two-view curves (the half-height times of Fig. G). */
class TwoViewRunTest {
    @Test
    void onsetIsFirstCrossingOfHalfwayToFinalAccuracy() {
        double[] loss = {2.3, 2.0, 1.5, 1.0, 0.8};
        double[] both = {0.1, 0.3, 0.5, 0.6, 0.7};
        double[] a = {0.1, 0.3, 0.45, 0.6, 0.7};
        double[] b = {0.1, 0.1, 0.2, 0.39, 0.41};
        TwoViewRun run = new TwoViewRun(4, loss, both, a, b);
        assertEquals(0.4, run.threshold(), 1e-12);
        assertEquals(2, run.onset(0));
        assertEquals(4, run.onset(1));
        assertEquals(2, run.lag());
        // never reached: onset E + 1, so the lag is a lower bound
        TwoViewRun late = new TwoViewRun(4, loss, both, a, new double[] {0.1, 0.1, 0.1, 0.1, 0.1});
        assertEquals(5, late.onset(1));
        assertEquals(3, late.lag());
    }
}
