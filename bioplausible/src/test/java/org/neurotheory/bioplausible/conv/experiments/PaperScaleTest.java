package org.neurotheory.bioplausible.conv.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;

/** Figures at the paper's sizes (run with {@code -DexcludedGroups=none -Dgroups=slow}). */
@Tag("slow")
class PaperScaleTest {
    @Test
    void fig4() {
        // 10 trials per (k, gamma); circuit runs of the official 1.5M steps
        FigureData d = new Fig4SharingConvergence().compute(Scale.PAPER, 1);
        assertTrue(d.allChecksPass(), d.checks().stream().filter(c -> !c.pass()).map(Assertions::describe)
                .collect(Collectors.joining("\n")));
    }
}
