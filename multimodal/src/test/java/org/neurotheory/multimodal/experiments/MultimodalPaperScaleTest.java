package org.neurotheory.multimodal.experiments;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.data.DatasetUnavailableException;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.core.testing.FigureContract;

/**
 * Every figure at paper scale, one test per figure so that one failure does not hide the others:
 * all checks pass with {@code reproduce}'s default seed. Slow (several minutes together on two
 * cores, see docs/performance.md): run with
 * {@code mvn -B -o -pl multimodal -am test -Dtest=MultimodalPaperScaleTest -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none -Dgroups=slow}.
 */
@Tag("slow")
class MultimodalPaperScaleTest {
    private static void passesAtPaperScale(FigureSpec figure) {
        try {
            Assertions.assertFigurePasses(figure, Scale.PAPER, FigureContract.SEED);
        } catch (RuntimeException e) {
            DatasetUnavailableException missing = DatasetUnavailableException.findIn(e);
            Assumptions.assumeTrue(missing == null, () -> figure.key() + " skipped: " + missing.getMessage());
            throw e;
        }
    }

    @Test
    void figbEarlyVsLateFusion() {
        passesAtPaperScale(new FigBEarlyVsLateFusion());
    }

    @Test
    void figcTimeRatio() {
        passesAtPaperScale(new FigCTimeRatio());
    }

    @Test
    void figdSuperficialPreference() {
        passesAtPaperScale(new FigDSuperficialPreference());
    }

    @Test
    void figeDeepFusion() {
        passesAtPaperScale(new FigEDeepFusion());
    }

    @Test
    void figfGeneralisation() {
        passesAtPaperScale(new FigFGeneralisation());
    }

    @Test
    void figgTwoViewImages() {
        passesAtPaperScale(new FigGTwoViewImages());
    }
}
