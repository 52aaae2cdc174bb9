package org.neurotheory.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java/jshell snippet of README.md and docs/ compiles against the current library and runs
 * without an exception, with the imports of {@code ./neurotheory shell}: the docs cannot drift from
 * the code. Blocks marked slow (training, figure runs) are compiled here and run in the slow suite.
 */
class DocSnippetsTest {
    @Test
    void thereAreSnippetsToCheck() {
        // README's jshell example and one quick start per paper page at least
        assertTrue(DocSnippets.blocks().size() >= 10, "found " + DocSnippets.blocks());
    }

    @TestFactory
    Stream<DynamicTest> everySnippetCompiles() {
        JShell js = DocSnippets.shell(false);
        return DocSnippets.blocks().stream().map(b -> DynamicTest.dynamicTest("compiles " + b, () -> check(js, b)));
    }

    @TestFactory
    Stream<DynamicTest> fastSnippetsRun() {
        JShell js = DocSnippets.shell(true);
        return DocSnippets.blocks().stream().filter(b -> !b.slow()).map(b -> DynamicTest.dynamicTest("runs " + b, () -> check(js, b)));
    }

    @TestFactory
    @Tag("slow")
    Stream<DynamicTest> slowSnippetsRun() {
        JShell js = DocSnippets.shell(true);
        return DocSnippets.blocks().stream().filter(DocSnippets.Block::slow).map(b -> DynamicTest.dynamicTest("runs " + b, () -> check(js, b)));
    }

    private static void check(JShell js, DocSnippets.Block b) {
        List<String> errors = DocSnippets.evaluate(js, b.source());
        // a snippet that needs a data set this machine does not have (and may not download) is skipped
        Assumptions.assumeFalse(!errors.isEmpty() && errors.stream().allMatch(e -> e.startsWith(DocSnippets.DATA_UNAVAILABLE)),
                () -> b + ": " + String.join("\n", errors));
        assertTrue(errors.isEmpty(), b + ": " + String.join("\n", errors));
    }
}
