package org.neurotheory.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Scale;

/** Paper-scale figures keep their finished runs where {@code neurotheory.resume} says, else in the temporary directory. */
class ResumeDirectoryTest {
    @AfterEach
    void unset() {
        System.clearProperty(ResumeDirectory.PROPERTY);
    }

    @Test
    void unsetItIsTheTemporaryDirectory() {
        System.clearProperty(ResumeDirectory.PROPERTY);
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), ResumeDirectory.get());
    }

    @Test
    void aPaperScaleFigureKeepsItsFinishedRunsInTheNamedFolderAndReadsThemBack(@TempDir Path dir) {
        Path resume = dir.resolve("out/resume");
        ResumeDirectory.set(resume);
        assertEquals(resume, ResumeDirectory.get());
        AtomicInteger trained = new AtomicInteger();
        FinishedRunsTest.Run run = new FinishedRunsTest.Run("gradual-a1.0-s0.9", 0.9123);
        FinishedRuns<FinishedRunsTest.Run> store = FinishedRuns.forFigure(Scale.PAPER, "fig2-seed1", "settings", FinishedRunsTest.CODEC);
        store.trainOrRead(run.name(), () -> {
            trained.incrementAndGet();
            return run;
        });
        assertTrue(Files.isRegularFile(store.file(run.name())), "written under the folder");
        assertEquals(resume, store.file(run.name()).getParent());
        FinishedRuns.forFigure(Scale.PAPER, "fig2-seed1", "settings", FinishedRunsTest.CODEC).trainOrRead(run.name(), () -> {
            trained.incrementAndGet();
            return run;
        });
        assertEquals(1, trained.get(), "the second store read the run back");
    }

    @Test
    void aBlankPropertyOrFolderIsRefusedByName() {
        System.setProperty(ResumeDirectory.PROPERTY, " ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ResumeDirectory::get);
        assertTrue(e.getMessage().startsWith("neurotheory.resume = \" \" is not allowed"), e.getMessage());
        IllegalArgumentException set = assertThrows(IllegalArgumentException.class, () -> ResumeDirectory.set(Path.of("")));
        assertTrue(set.getMessage().startsWith("dir =  is not allowed"), set.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResumeDirectory.set(null));
    }
}
