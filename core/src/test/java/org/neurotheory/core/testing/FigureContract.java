package org.neurotheory.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.neurotheory.core.data.DatasetUnavailableException;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;

/**
 * The figure-test contract every paper module extends in a few lines:
 * <pre>{@code
 * class CortexFiguresTest extends FigureContract {
 *     CortexFiguresTest() { super(new CortexPaper()); }
 * }
 * }</pre>
 * It checks that
 * <ul>
 * <li>every figure key is unique and matches {@code fig[0-9a-z]+|table[0-9a-z]+}, every alias maps
 *     an old key to a current one, every registered sweep is named {@code <figure>-<name>} after the
 *     figure that runs it, and the paper is registered for {@link ServiceLoader};</li>
 * <li>every figure, computed once at {@link Scale#QUICK} with the seed {@code reproduce} uses by
 *     default ({@value #SEED}), has panels and checks and passes every check (a figure whose data set
 *     the dataset catalog cannot provide is skipped as an aborted test, as {@code reproduce} skips it),
 *     and draws a condition that appears in several panels in one colour
 *     ({@link Assertions#assertSameColourInEveryPanel}; see {@link #coloursSetWhenDrawn});</li>
 * <li>(tagged {@code slow}) every figure passes its checks at {@link Scale#PAPER}, one dynamic test per
 *     figure so that one failure hides no other, at seed {@value #SEED} or the seed given by
 *     {@code -Dneurotheory.paperSeed=N} (e.g. {@code mvn -B -o -q -pl cortex -am test -Dtest=CortexFiguresTest
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dgroups=slow -DexcludedGroups=none -Dneurotheory.paperSeed=2});</li>
 * <li>the SHA-256 of each quick figure's CSV ({@link FigureExporter#csv}) equals the value committed in
 *     the module's {@code src/test/resources/figure-hashes.txt} (one {@code key sha256} line per
 *     figure), so a change that moves any plotted number shows up in review.</li>
 * </ul>
 * Updating the hashes is a deliberate act: run the module's figure test with
 * {@code -Dneurotheory.updateFigureHashes=true}, e.g.
 * {@code mvn -B -o -q -pl cortex -am test -Dtest=CortexFiguresTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dneurotheory.updateFigureHashes=true}, which rewrites the file from the figures it computed (and
 * still fails a figure whose checks fail); then commit the file with a message saying which numbers
 * moved and why. The same numbers are in {@code ./neurotheory reproduce <paper>} (default seed and
 * scale): {@code sha256sum out/<paper>/*.csv} prints the same hashes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FigureContract {
    /** The root seed of the quick runs: {@code reproduce}'s default. */
    public static final long SEED = 1;
    /** The hash file, relative to the module's base directory (surefire's working directory). */
    public static final Path HASH_FILE = Path.of("src", "test", "resources", "figure-hashes.txt");
    private static final Pattern KEY = Pattern.compile("fig[0-9a-z]+|table[0-9a-z]+");
    private static final String UPDATE = "neurotheory.updateFigureHashes";
    private static final String PAPER_SEED = "neurotheory.paperSeed";

    private final Paper paper;
    private final Map<String, String> computed = new TreeMap<>();

    /** @param paper the module's registry entry */
    protected FigureContract(Paper paper) {
        this.paper = paper;
    }

    /**
     * The hash file of this paper, relative to the module's base directory: {@link #HASH_FILE} by
     * default. A module that holds two papers gives each its own file (their figure keys may coincide),
     * e.g. {@code src/test/resources/figure-hashes-<paper key>.txt}.
     */
    protected Path hashFile() {
        return HASH_FILE;
    }

    /**
     * Why a figure cannot run on this machine (e.g. a data set that is not installed), or empty.
     * A figure with a reason is skipped as an aborted test, not passed. Default: every figure runs.
     */
    protected Optional<String> unavailable(FigureSpec figure) {
        return Optional.empty();
    }

    /**
     * Why a figure is not run by {@link #everyFigureAtPaperScale}, or empty; by default
     * {@link #unavailable}. A paper whose paper-scale protocol takes many hours on one machine says so
     * here and names the property that runs it anyway.
     */
    protected Optional<String> unavailableAtPaperScale(FigureSpec figure) {
        return unavailable(figure);
    }

    /**
     * Why a figure's CSV bytes legitimately depend on the machine (e.g. a native BLAS that splits
     * float sums by thread count), or empty. Such a figure still runs and must pass its checks, but
     * its hash is neither compared nor written. Default: every CSV is reproducible to the byte.
     */
    protected Optional<String> csvNotReproducible(FigureSpec figure) {
        return Optional.empty();
    }

    /**
     * Why a figure is not held to {@link Assertions#assertSameColourInEveryPanel}, or empty: e.g. it
     * colours its series itself when drawn ({@link FigureSpec#render}). Default: every figure is.
     */
    protected Optional<String> coloursSetWhenDrawn(FigureSpec figure) {
        return Optional.empty();
    }

    /**
     * Further assertions on one figure's quick data (computed once, after its checks passed), e.g. a
     * panel's series count. Default: none.
     */
    protected void moreAssertions(FigureSpec figure, FigureData data) {
    }

    @Test
    void keysFollowTheConventionAndAreUnique() {
        Set<String> seen = new HashSet<>();
        for (FigureSpec f : paper.figures()) {
            assertTrue(KEY.matcher(f.key()).matches(), paper.key() + "/" + f.key() + " must match " + KEY);
            assertTrue(seen.add(f.key()), paper.key() + "/" + f.key() + " appears twice");
        }
        Set<String> sweeps = new HashSet<>();
        for (var sweep : paper.sweeps()) {
            assertTrue(seen.stream().anyMatch(f -> sweep.key().startsWith(f + "-")), paper.key() + " sweep "
                    + sweep.key() + " must be named <figure>-<name> after the figure that runs it, one of " + seen);
            assertTrue(sweeps.add(sweep.key()), paper.key() + " sweep " + sweep.key() + " appears twice");
        }
        for (Map.Entry<String, String> a : paper.aliases().entrySet()) {
            assertTrue(seen.contains(a.getValue()), "alias " + a.getKey() + " -> " + a.getValue() + ": no such figure");
            assertTrue(!seen.contains(a.getKey()), "alias " + a.getKey() + " hides a current key");
        }
    }

    @Test
    void paperIsRegisteredForServiceLoader() {
        List<String> registered = new ArrayList<>();
        ServiceLoader.load(Paper.class).forEach(p -> registered.add(p.getClass().getName()));
        assertTrue(registered.contains(paper.getClass().getName()), paper.getClass().getName()
                + " is not listed in META-INF/services/org.neurotheory.core.paper.Paper (found " + registered + ")");
        long sameKey = ServiceLoader.load(Paper.class).stream().filter(p -> p.get().key().equals(paper.key())).count();
        assertEquals(1, sameKey, "papers registered with key " + paper.key());
    }

    /** One test per figure: compute once at quick scale, all checks pass, CSV hash as committed. */
    @TestFactory
    Stream<DynamicTest> everyFigureAtQuickScale() throws IOException {
        Map<String, String> committed = readHashes(hashFile());
        return paper.figures().stream().map(f -> DynamicTest.dynamicTest(paper.key() + "/" + f.key(), () -> {
            Optional<String> reason = unavailable(f);
            Assumptions.assumeTrue(reason.isEmpty(), () -> f.key() + " skipped: " + reason.orElse(""));
            FigureData data = computeUnlessDataUnavailable(f, Scale.QUICK, SEED);
            if (coloursSetWhenDrawn(f).isEmpty()) {
                Assertions.assertSameColourInEveryPanel(paper.key() + "/" + f.key(), data);
            }
            moreAssertions(f, data);
            if (csvNotReproducible(f).isPresent()) {
                return;
            }
            String hash = sha256(FigureExporter.csv(data));
            computed.put(f.key(), hash);
            if (!Boolean.getBoolean(UPDATE)) {
                String expected = committed.get(f.key());
                if (expected == null) {
                    fail(paper.key() + "/" + f.key() + ": no hash in " + hashFile() + "; rerun with -D" + UPDATE
                            + "=true to record it (" + hash + ")");
                }
                assertEquals(expected, hash, paper.key() + "/" + f.key() + ": the quick CSV changed. If the change "
                        + "is intended, rerun with -D" + UPDATE + "=true and commit " + hashFile());
            }
        }));
    }

    /**
     * One slow test per figure: every check passes at {@link Scale#PAPER} (run with -Dgroups=slow), at
     * seed {@value #SEED} unless {@code -Dneurotheory.paperSeed=N} says otherwise.
     */
    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> everyFigureAtPaperScale() {
        long seed = Long.getLong(PAPER_SEED, SEED);
        return paper.figures().stream().map(f -> DynamicTest.dynamicTest(paper.key() + "/" + f.key() + " (paper, seed "
                + seed + ")", () -> {
            Optional<String> reason = unavailableAtPaperScale(f);
            Assumptions.assumeTrue(reason.isEmpty(), () -> f.key() + " skipped: " + reason.orElse(""));
            computeUnlessDataUnavailable(f, Scale.PAPER, seed);
        }));
    }

    /**
     * {@link Assertions#assertFigurePasses}, except that a figure whose data set cannot be had (the
     * dataset catalog's {@link DatasetUnavailableException}, e.g. on a machine without the files, where
     * tests never download) aborts the test with the catalog's message, as {@code reproduce} skips it.
     */
    private static FigureData computeUnlessDataUnavailable(FigureSpec f, Scale scale, long seed) {
        try {
            return Assertions.assertFigurePasses(f, scale, seed);
        } catch (RuntimeException e) {
            DatasetUnavailableException missing = DatasetUnavailableException.findIn(e);
            if (missing != null) {
                Assumptions.abort(f.key() + " skipped: " + missing.getMessage());
            }
            throw e;
        }
    }

    /** With {@code -Dneurotheory.updateFigureHashes=true}: writes the hashes of the figures that ran. */
    @AfterAll
    void writeHashesWhenAsked() throws IOException {
        if (!Boolean.getBoolean(UPDATE) || computed.isEmpty()) {
            return;
        }
        Path file = hashFile();
        Map<String, String> all = new TreeMap<>(readHashes(file));
        all.keySet().retainAll(paper.figures().stream().map(FigureSpec::key).toList());
        all.putAll(computed);
        StringBuilder sb = new StringBuilder("# SHA-256 of each quick-scale figure CSV at seed " + SEED
                + " (FigureContract); regenerate with -D" + UPDATE + "=true\n");
        for (FigureSpec f : paper.figures()) {
            if (all.containsKey(f.key())) {
                sb.append(f.key()).append(' ').append(all.get(f.key())).append('\n');
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> readHashes(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException(file + ": line '" + line + "' is not 'key sha256'");
            }
            out.put(parts[0], parts[1]);
        }
        return out;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text} (what {@code sha256sum} prints for the file). */
    public static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
