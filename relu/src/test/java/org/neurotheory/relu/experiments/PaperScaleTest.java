package org.neurotheory.relu.experiments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.testing.Assertions;
import org.neurotheory.relu.ReluPaper;

/** Every figure at paper scale (minutes each; expressivity about an hour): run with -Dgroups=slow. */
@Tag("slow")
class PaperScaleTest {

    static Stream<FigureSpec> figures() {
        return new ReluPaper().figures().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figurePassesAtPaperScale(FigureSpec spec) {
        FigureData data = spec.compute(Scale.PAPER, 1);
        String failed = data.checks().stream().filter(c -> !c.pass()).map(Assertions::describe)
                .collect(Collectors.joining("\n  "));
        assertTrue(failed.isEmpty(), spec.key() + " at paper scale:\n  " + failed);
    }
}
