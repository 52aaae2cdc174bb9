package org.neurotheory.examples.reproduce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.sweep.ResumeDirectory;
import picocli.CommandLine;

class ReproduceCommandTest {
    private final PaperRegistry registry = PaperRegistry.of(List.of(new ToyPaper(), new DataPaper()));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ReproduceCommand(registry));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void passingFigureWritesItsFilesAndIndexAndExitsZero(@TempDir Path dir) throws Exception {
        assertEquals(0, run("toy/decay", "--out", dir.toString(), "--seed", "7"));
        for (String ext : new String[] {"png", "svg", "pdf", "csv", "json", "html"}) {
            Path f = dir.resolve("toy/decay." + ext);
            assertTrue(Files.size(f) > 100, f + " is too small");
        }
        assertTrue(Files.readString(dir.resolve("index.md")).contains("| [toy/decay](toy/decay.png) |"));
        assertTrue(Files.readString(dir.resolve("index.html")).contains("toy/decay"));
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("toy/decay.json"))).getAsJsonObject();
        for (String field : new String[] {"paper", "figure", "scale", "seed", "parameters", "wallSeconds", "checks"}) {
            assertTrue(json.has(field), "json lacks " + field);
        }
        assertEquals("toy", json.get("paper").getAsString());
        assertEquals("quick", json.get("scale").getAsString());
        assertEquals(7, json.get("seed").getAsLong());
        JsonObject check = json.getAsJsonArray("checks").get(0).getAsJsonObject();
        assertTrue(check.get("pass").getAsBoolean());
        assertEquals("panel,series,x,y,z", Files.readAllLines(dir.resolve("toy/decay.csv")).get(0));
        assertTrue(Files.list(dir.resolve("toy")).noneMatch(p -> p.toString().endsWith(".tmp")));
    }

    @Test
    void sameSeedGivesByteIdenticalCsvAndOtherSeedDiffers(@TempDir Path dir) throws Exception {
        assertEquals(0, run("toy/decay", "--out", dir.resolve("a").toString(), "--seed", "3"));
        assertEquals(0, run("toy/decay", "--out", dir.resolve("b").toString(), "--seed", "3"));
        assertEquals(0, run("toy/decay", "--out", dir.resolve("c").toString(), "--seed", "4"));
        byte[] a = Files.readAllBytes(dir.resolve("a/toy/decay.csv"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/toy/decay.csv")));
        assertFalse(Arrays.equals(a, Files.readAllBytes(dir.resolve("c/toy/decay.csv"))));
    }

    @Test
    void failingCheckAndThrowingFigureGiveExitOneWhileOthersKeepTheirFiles(@TempDir Path dir) throws Exception {
        assertEquals(ReproduceCommand.FAILED, run("toy", "--out", dir.toString()));
        assertTrue(Files.exists(dir.resolve("toy/decay.png")));
        assertTrue(Files.exists(dir.resolve("toy/failing.csv")));
        JsonObject failing = JsonParser.parseString(Files.readString(dir.resolve("toy/failing.json"))).getAsJsonObject();
        assertFalse(failing.getAsJsonArray("checks").get(0).getAsJsonObject().get("pass").getAsBoolean());
        JsonObject thrown = JsonParser.parseString(Files.readString(dir.resolve("toy/throwing.json"))).getAsJsonObject();
        assertTrue(thrown.get("error").getAsString().contains("deliberate failure"));
        String index = Files.readString(dir.resolve("index.md"));
        assertTrue(index.contains("3 figures: 1 passed, 2 failed, 0 skipped."), index);
        assertTrue(out.toString().contains("1 passed, 2 failed, 0 skipped; gallery: "), out.toString());
        assertTrue(index.contains("ERROR"));
        assertTrue(index.contains("FAIL"));
    }

    @Test
    void figureWithoutItsDataIsSkippedWithTheHowToMessageAndOthersGoOn(@TempDir Path dir) throws Exception {
        assertEquals(0, run("needsdata/kmnist", "toy/decay", "--out", dir.toString()));
        String console = out.toString();
        assertTrue(console.contains("1 passed, 0 failed, 1 skipped; gallery: "), console);
        assertTrue(console.contains("SKIPPED KMNIST is not available: -Dneurotheory.data.kmnist=/nonexistent/kmnist does not exist."),
                console);
        assertTrue(console.contains("http://codh.rois.ac.jp/kmnist/dataset/kmnist/{train-images-idx3-ubyte.gz,"), console);
        assertTrue(Files.exists(dir.resolve("toy/decay.png")));
        assertFalse(Files.exists(dir.resolve("needsdata/kmnist.png")));
        String index = Files.readString(dir.resolve("index.md"));
        assertTrue(index.contains("2 figures: 1 passed, 0 failed, 1 skipped."), index);
        assertTrue(index.contains("| [needsdata/kmnist](needsdata/kmnist.png) | Mean pixel of KMNIST | "), index);
        assertTrue(index.contains(" | 0/0 | SKIPPED |"), index);
        assertTrue(index.contains("Skipped: KMNIST is not available"), index);
        assertTrue(Files.readString(dir.resolve("index.html")).contains("SKIPPED"), "gallery shows the status");
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("needsdata/kmnist.json"))).getAsJsonObject();
        assertTrue(json.get("error").getAsString().startsWith("SKIPPED: KMNIST is not available"), json.toString());
    }

    @Test
    void strictTurnsASkipIntoAFailureAndFailuresStillCount(@TempDir Path dir) throws Exception {
        assertEquals(0, run("needsdata", "--out", dir.resolve("a").toString()));
        assertTrue(out.toString().contains("0 passed, 0 failed, 1 skipped"), out.toString());
        assertEquals(ReproduceCommand.FAILED, run("needsdata", "--strict", "--out", dir.resolve("b").toString()));
        assertEquals(ReproduceCommand.FAILED, run("all", "--out", dir.resolve("c").toString()));
        assertTrue(out.toString().contains("1 passed, 2 failed, 1 skipped"), out.toString());
        assertEquals(0, run("toy/decay", "--strict", "--out", dir.resolve("d").toString()));
    }

    @Test
    void rerunWritesNextToTheRecordAndSaysTheNumbersAreIdentical(@TempDir Path dir) throws Exception {
        assertEquals(0, run("toy/decay", "--out", dir.resolve("a").toString(), "--seed", "11"));
        byte[] before = Files.readAllBytes(dir.resolve("a/toy/decay.json"));
        assertEquals(0, run("--rerun", dir.resolve("a/toy/decay.json").toString()));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/toy/decay.csv")),
                Files.readAllBytes(dir.resolve("a/toy/decay.rerun.csv")));
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("a/toy/decay.json")), "the record is not overwritten");
        assertTrue(out.toString().contains("numbers identical"), out.toString());
        assertTrue(Files.readString(dir.resolve("a/toy/decay.html")).contains("numbers identical"));
        assertTrue(Files.readString(dir.resolve("a/index.md")).contains("1 figures: 1 passed, 0 failed, 0 skipped."), "a rerun is not a figure");
        Files.writeString(dir.resolve("bad.json"), "{\"paper\": \"toy\"}");
        assertEquals(ReproduceCommand.USAGE, run("--rerun", dir.resolve("bad.json").toString()));
        assertTrue(err.toString().contains("no 'figure' field"), err.toString());
    }

    @Test
    void runningOneFigureIntoAFolderKeepsTheOthersInTheGallery(@TempDir Path dir) throws Exception {
        assertEquals(ReproduceCommand.FAILED, run("toy", "--out", dir.toString()));
        assertEquals(0, run("toy/decay", "--out", dir.toString(), "--seed", "5"));
        String index = Files.readString(dir.resolve("index.html"));
        for (String fig : new String[] {"decay", "failing", "throwing"}) {
            assertTrue(index.contains("toy/" + fig + ".html"), fig + " left the index");
        }
        assertTrue(Files.readString(dir.resolve("index.md")).contains("3 figures: 1 passed, 2 failed, 0 skipped."));
        assertTrue(Files.readString(dir.resolve("index.html")).contains("Toy paper"));
    }

    @Test
    void figurePageSaysEachKindOfCheckInItsOwnTerms(@TempDir Path dir) throws Exception {
        run("toy", "--out", dir.toString());
        String page = Files.readString(dir.resolve("toy/decay.html"));
        assertTrue(page.contains("absolute tolerance"), page);
        assertTrue(page.contains("<img class=\"figure\" src=\"decay.png\""), page);
        assertTrue(page.contains("href=\"decay.pdf\""), page);
        assertTrue(page.contains("Euler step"), "departures from the paper reach the page: " + page);
        String json = Files.readString(dir.resolve("toy/decay.json"));
        assertTrue(json.contains("Euler step"), "and the run record");
        assertTrue(Files.readString(dir.resolve("toy/failing.html")).contains("FAIL"));
        var perms = Files.getPosixFilePermissions(dir.resolve("toy/decay.png"));
        assertTrue(perms.contains(PosixFilePermission.OTHERS_READ)
                || !Files.getPosixFilePermissions(Files.writeString(dir.resolve("probe"), "x"))
                        .contains(PosixFilePermission.OTHERS_READ), "files readable as under the umask");
    }

    @Test
    void unknownKeyIsAUsageErrorPointingToTheList(@TempDir Path dir) {
        assertEquals(ReproduceCommand.USAGE, run("nosuch/fig", "--out", dir.toString()));
        assertTrue(err.toString().contains("unknown key 'nosuch/fig'"), err.toString());
        assertTrue(err.toString().contains("--list shows all 6 keys"), err.toString());
        assertFalse(err.toString().contains("toy/failing"), "no list of every key: " + err);
    }

    @Test
    void mistypedKeyGetsTheNearestKeysSuggested(@TempDir Path dir) {
        assertEquals(ReproduceCommand.USAGE, run("toy/deacy", "--out", dir.toString()));
        assertTrue(err.toString().contains("did you mean toy/decay?"), err.toString());
        assertFalse(Files.exists(dir.resolve("toy")), "nothing computed");
        // a figure key without its paper finds the figure
        assertEquals(ReproduceCommand.USAGE, run("failng", "--out", dir.toString()));
        assertTrue(err.toString().contains("did you mean toy/failing?"), err.toString());
        assertEquals(List.of("toy/decay"), KeySuggestions.nearest("toy/decai", List.of("toy", "toy/decay", "toy/failing")));
        assertEquals(List.of(), KeySuggestions.nearest("zzzzzzzz", List.of("toy", "toy/decay")));
        // only the nearest keys (and those one edit further), not everything within reach
        assertEquals(List.of("attention/fig1white"), KeySuggestions.nearest("attention/fig1whte",
                List.of("attention/fig1", "attention/fig12", "attention/fig1white")));
    }

    @Test
    void keysAndScaleAreCaseInsensitive(@TempDir Path dir) throws Exception {
        assertEquals(0, run("TOY/Decay", "--scale", "QUICK", "--out", dir.toString()));
        assertTrue(Files.exists(dir.resolve("toy/decay.csv")));
        // the rule holds because every registered key is lower case
        for (PaperRegistry.Entry e : PaperRegistry.load().entries()) {
            assertEquals(e.key().toLowerCase(Locale.ROOT), e.key(), "keys are lower case");
        }
    }

    @Test
    void unwritableOutIsAUsageErrorBeforeAnyFigureRuns(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        // a path under a regular file cannot be created, whoever runs the test (root ignores permissions)
        assertEquals(ReproduceCommand.USAGE, run("toy", "--out", blocker.resolve("out").toString()));
        assertTrue(err.toString().contains("cannot write there"), err.toString());
        assertTrue(err.toString().contains("--out DIR"), err.toString());
        assertFalse(err.toString().contains("1/3"), "no figure started: " + err);
        assertEquals("", out.toString(), "no summary: nothing ran");
    }

    private int runResumable(String... args) {
        CommandLine cl = new CommandLine(new ReproduceCommand(PaperRegistry.of(List.of(new ResumablePaper()))));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static List<Path> runFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".run")).sorted().toList();
        }
    }

    @Test
    void paperScaleKeepsFinishedRunsUnderOutResumeAndTheSameCommandReadsThemBack(@TempDir Path dir) throws Exception {
        assertEquals(null, System.getProperty(ResumeDirectory.PROPERTY), "no folder named before the command");
        ResumablePaper.TRAINED.set(0);
        assertEquals(0, runResumable("resumable", "--scale", "paper", "--out", dir.toString()));
        assertEquals(2, ResumablePaper.TRAINED.get());
        assertEquals(2, runFiles(dir.resolve("resume")).size(), "both runs kept beside the outputs");
        byte[] csv = Files.readAllBytes(dir.resolve("resumable/sweep.csv"));
        // started again (as after a kill or a reboot): nothing is recomputed, and the numbers are the same
        assertEquals(0, runResumable("resumable", "--scale", "paper", "--out", dir.toString()));
        assertEquals(2, ResumablePaper.TRAINED.get());
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("resumable/sweep.csv")));
        assertEquals(null, System.getProperty(ResumeDirectory.PROPERTY), "the command leaves the JVM as it found it");
        // a rerun recomputes (its own folder), rather than reading back the runs it is compared with
        assertEquals(0, runResumable("--rerun", dir.resolve("resumable/sweep.json").toString()));
        assertEquals(4, ResumablePaper.TRAINED.get());
        assertEquals(2, runFiles(dir.resolve("resume.rerun")).size());
        assertTrue(out.toString().contains("numbers identical"), out.toString());
        // --resume names another folder; quick scale keeps nothing and creates no folder
        Path elsewhere = dir.resolve("elsewhere");
        assertEquals(0, runResumable("resumable", "--scale", "paper", "--out", dir.resolve("b").toString(),
                "--resume", elsewhere.toString()));
        assertEquals(6, ResumablePaper.TRAINED.get());
        assertEquals(2, runFiles(elsewhere).size());
        assertEquals(0, runResumable("resumable", "--out", dir.resolve("c").toString()));
        assertFalse(Files.exists(dir.resolve("c/resume")));
    }

    @Test
    void unwritableResumeIsAUsageErrorAtPaperScale(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        assertEquals(ReproduceCommand.USAGE, runResumable("resumable", "--scale", "paper", "--out", dir.resolve("out").toString(),
                "--resume", blocker.resolve("r").toString()));
        assertTrue(err.toString().contains("resume = " + blocker.resolve("r") + " is not allowed: cannot write there"), err.toString());
        assertTrue(err.toString().contains("--resume DIR"), err.toString());
        assertEquals("", out.toString(), "no summary: nothing ran");
    }

    @Test
    void missingRerunRecordIsAUsageError(@TempDir Path dir) {
        assertEquals(ReproduceCommand.USAGE, run("--rerun", dir.resolve("nosuch/fig1.json").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
        Path garbage = dir.resolve("garbage.json");
        assertEquals(0, run("toy/decay", "--out", dir.toString()));
        assertDoesNotThrow(() -> Files.writeString(garbage, "not json {"));
        assertEquals(ReproduceCommand.USAGE, run("--rerun", garbage.toString()));
        assertTrue(err.toString().contains("garbage.json is not allowed: not a JSON object"), err.toString());
    }

    @Test
    void rerunRejectsOptionsItCannotHonour(@TempDir Path dir) throws Exception {
        assertEquals(0, run("toy/decay", "--out", dir.toString(), "--seed", "5"));
        String record = dir.resolve("toy/decay.json").toString();
        assertEquals(ReproduceCommand.USAGE, run("--rerun", record, "--seed", "6"));
        assertTrue(err.toString().contains("cannot be combined with --seed"), err.toString());
        assertEquals(ReproduceCommand.USAGE, run("--rerun", record, "--scale", "paper", "--out", dir.toString()));
        assertTrue(err.toString().contains("cannot be combined with --scale, --out"), err.toString());
        assertEquals(ReproduceCommand.USAGE, run("--rerun", record, "toy/failing"));
        assertTrue(err.toString().contains("KEY toy/failing"), err.toString());
        assertFalse(Files.exists(dir.resolve("toy/decay.rerun.csv")), "nothing reran");
    }

    @Test
    void aCounterLineAnnouncesEachFigureWithItsMeasuredTime(@TempDir Path dir) throws Exception {
        CommandLine cl = new CommandLine(new ReproduceCommand(registry, new FigureTimes(Map.of("toy/decay", 4.2, "toy/failing", 150.0), Map.of())));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(ReproduceCommand.FAILED, cl.execute("toy", "--out", dir.toString()));
        String e = err.toString();
        assertTrue(e.contains("1/3 toy/decay (~4 s)"), e);
        assertTrue(e.contains("2/3 toy/failing (~3 min)"), e);
        assertTrue(e.contains("3/3 toy/throwing\n") || e.contains("3/3 toy/throwing" + System.lineSeparator()), e);
    }

    @Test
    void aCounterLineAtPaperScaleShowsThePaperScaleTime(@TempDir Path dir) throws Exception {
        CommandLine cl = new CommandLine(new ReproduceCommand(registry, new FigureTimes(Map.of("toy/decay", 4.2),
                Map.of("toy/decay", 1300.0))));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("toy/decay", "--scale", "paper", "--out", dir.toString()));
        assertTrue(err.toString().contains("1/1 toy/decay (~22 min)"), err.toString());
    }

    @Test
    void jobsRunFiguresSideBySideLongestFirstWithTheSameFiles(@TempDir Path dir) throws Exception {
        assertEquals(ReproduceCommand.FAILED, run("toy", "--out", dir.resolve("one").toString()));
        CommandLine cl = new CommandLine(new ReproduceCommand(registry, new FigureTimes(Map.of("toy/decay", 4.2, "toy/failing", 150.0), Map.of())));
        StringWriter out2 = new StringWriter();
        StringWriter err2 = new StringWriter();
        cl.setOut(new PrintWriter(out2));
        cl.setErr(new PrintWriter(err2));
        assertEquals(ReproduceCommand.FAILED, cl.execute("toy", "--jobs", "2", "--out", dir.resolve("two").toString()));
        for (String f : new String[] {"decay.csv", "failing.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one/toy/" + f)), Files.readAllBytes(dir.resolve("two/toy/" + f)), f);
        }
        assertTrue(Files.readString(dir.resolve("two/toy/throwing.json")).contains("deliberate failure"));
        // the unmeasured and the 150 s figure start first, side by side; the 4 s one waits for a thread
        assertTrue(err2.toString().contains("3/3 toy/decay (~4 s)"), err2.toString());
        // outcomes are listed in the figures' own order, as without --jobs
        String o = out2.toString();
        assertTrue(o.indexOf("toy/decay") < o.indexOf("toy/failing") && o.indexOf("toy/failing") < o.indexOf("toy/throwing"), o);
        assertTrue(o.contains("1 passed, 2 failed, 0 skipped; gallery: "), o);
    }

    @Test
    void badJobsIsAUsageErrorNamingTheRange(@TempDir Path dir) {
        assertEquals(2, run("toy", "--jobs", "0", "--out", dir.toString()));
        assertTrue(err.toString().contains("jobs = 0 is not allowed: must be in [1, 64]"), err.toString());
        assertFalse(Files.exists(dir.resolve("toy")), "nothing computed");
    }

    @Test
    void listShowsTheMeasuredQuickAndPaperScaleTimes() {
        CommandLine cl = new CommandLine(new ReproduceCommand(registry, new FigureTimes(Map.of("toy/decay", 0.4, "toy/failing", 12.0),
                Map.of("toy/decay", 130.0))));
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--list"));
        assertTrue(out.toString().matches("(?s).*toy/decay\\s+<1 s\\s+~2 min\\s+Exponential decay.*"), out.toString());
        assertTrue(out.toString().matches("(?s).*toy/failing\\s+~12 s\\s+A figure whose check fails.*"), out.toString());
        assertTrue(out.toString().contains("shared with other work"), out.toString());
    }

    @Test
    void bundledTimesCoverTheFinishedPapersFromARealRun() {
        FigureTimes bundled = FigureTimes.bundled();
        for (PaperRegistry.Entry e : PaperRegistry.load().entries()) {
            if (Set.of("attention", "relu", "multimodal", "popcodes", "cortex", "synaptic").contains(e.paper().key())) {
                assertTrue(bundled.seconds(Scale.QUICK, e.key()).isPresent(), "no measured time for " + e.key());
                assertTrue(bundled.seconds(Scale.QUICK, e.key()).getAsDouble() > 0, e.key());
            }
            if (Set.of("attention", "relu", "multimodal", "popcodes", "cortex", "synaptic").contains(e.paper().key())) {
                assertTrue(bundled.seconds(Scale.PAPER, e.key()).isPresent(), "no paper-scale time for " + e.key());
                assertTrue(bundled.seconds(Scale.PAPER, e.key()).getAsDouble() > 0, e.key());
            }
        }
    }

    @Test
    void emptyFashionMnistFolderSkipsTheFigureWithWhatToInstallAndWhere(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("fmnist"));
        String property = "neurotheory.data.fashion-mnist";
        String before = System.getProperty(property);
        System.setProperty(property, empty.toString());
        try {
            CommandLine cl = new CommandLine(new ReproduceCommand(PaperRegistry.load()));
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            assertEquals(0, cl.execute("multimodal/figg", "--out", dir.resolve("out").toString()));
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
        String o = out.toString();
        assertTrue(o.contains("SKIPPED"), o);
        assertTrue(o.contains("lacks train-images-idx3-ubyte"), o);
        assertTrue(o.contains("apt-get install dataset-fashion-mnist"), o);
        assertTrue(o.contains("into " + empty), o);
    }

    @Test
    void badScaleIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run("toy", "--scale", "huge", "--out", dir.toString()));
        assertTrue(err.toString().contains("huge"), err.toString());
    }

    @Test
    void allWithNoPapersRunsNothingAndSucceeds(@TempDir Path dir) throws Exception {
        CommandLine cl = new CommandLine(new ReproduceCommand(PaperRegistry.of(List.of())));
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("all", "--out", dir.toString()));
        assertTrue(Files.readString(dir.resolve("index.md")).contains("0 figures: 0 passed, 0 failed, 0 skipped."));
    }

    @Test
    void listNamesEveryFigure() {
        assertEquals(0, run("--list"));
        assertTrue(out.toString().contains("toy/decay"));
        assertTrue(out.toString().contains("toy/throwing"));
    }

    @Test
    void oldKeyRunsTheRenamedFigureWithADeprecationNote(@TempDir Path dir) throws Exception {
        assertEquals(0, run("toy/old-decay", "--out", dir.toString(), "--seed", "7"));
        assertTrue(Files.exists(dir.resolve("toy").resolve("decay.csv")));
        assertTrue(err.toString().contains("toy/old-decay is deprecated: use toy/decay"), err.toString());
        assertEquals(0, run("--list"));
        assertTrue(out.toString().contains("old key old-decay, deprecated"), out.toString());
    }
}
