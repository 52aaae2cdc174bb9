package org.neurotheory.sparsity.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.figure.Scale;

/**
 * The finished networks of a paper-scale sweep, one small file each, so that a killed figure
 * resumes where it stopped: {@link #trainOrRead} reads a network's {@link SparseRun} back if its
 * file exists and trains (then writes the file) otherwise. A file is named
 * {@code neurotheory-<label>-<method>-a<alpha>-s<sparsity>-<hash>.run}, where {@code hash} is that of
 * the figure's parameters' text, so other settings never read it; it is written atomically and
 * holds the record's fields in Java's round-trip decimal form, so a read-back network gives the
 * figure the same bytes as a trained one. Delete the files to recompute.
 */
final class FinishedRuns {
    private static final String HEADER = "neurotheory SparseRun 1";
    private final Path dir;
    private final String prefix;

    private FinishedRuns(Path dir, String prefix) {
        this.dir = dir;
        this.prefix = prefix;
    }

    /**
     * A store in {@code dir} for the sweep named {@code label} (e.g. {@code fig2cnn-seed1}) run with
     * {@code params} (its {@code toString} must name every setting).
     */
    static FinishedRuns in(Path dir, String label, Object params) {
        Require.nonNull("dir", dir);
        Require.that(label != null && label.matches("[A-Za-z0-9._-]+"), "label", label,
                "must be a non-empty file-name part ([A-Za-z0-9._-])");
        Require.nonNull("params", params);
        return new FinishedRuns(dir, String.format(Locale.ROOT, "neurotheory-%s-%08x", label, params.toString().hashCode()));
    }

    /**
     * For a figure: at paper scale (minutes to hours per network) {@link #in} the temporary directory
     * ({@code java.io.tmpdir}); at quick scale a store that keeps nothing and always trains.
     */
    static FinishedRuns forFigure(Scale scale, String label, Object params) {
        return Require.nonNull("scale", scale) == Scale.PAPER ? in(Path.of(System.getProperty("java.io.tmpdir")), label, params)
                : new FinishedRuns(null, null);
    }

    /** The file of one network. */
    Path file(Fig2SparseTraining.Method method, double alpha, double sparsity) {
        return dir.resolve(String.format(Locale.ROOT, "%s-%s-a%s-s%s.run", prefix, method.name().toLowerCase(Locale.ROOT),
                alpha, sparsity));
    }

    /** The network's run read back from its file, or {@code train}'s result (then saved). */
    SparseRun trainOrRead(Fig2SparseTraining.Method method, double alpha, double sparsity, Supplier<SparseRun> train) {
        if (dir == null) {
            return train.get();
        }
        Path f = file(method, alpha, sparsity);
        try {
            if (Files.exists(f)) {
                return read(f, method, alpha, sparsity);
            }
            SparseRun r = train.get();
            AtomicFiles.writeString(f, HEADER + "\n" + r.method().name() + "\n" + r.alpha() + "\n" + r.sparsity() + "\n"
                    + r.accuracy() + "\n" + r.hiddenDensity() + "\n" + r.targetDensity() + "\n" + r.seconds() + "\n" + r.faint() + "\n");
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the finished network " + f, e);
        }
    }

    private static SparseRun read(Path f, Fig2SparseTraining.Method method, double alpha, double sparsity) throws IOException {
        String[] v = Files.readString(f, StandardCharsets.UTF_8).split("\n");
        if (v.length != 9 || !v[0].equals(HEADER)) {
            throw new IllegalArgumentException("file = " + f + " is not allowed: not a finished-network file (delete it to retrain)");
        }
        SparseRun r = new SparseRun(Fig2SparseTraining.Method.valueOf(v[1]), Double.parseDouble(v[2]), Double.parseDouble(v[3]),
                Double.parseDouble(v[4]), Double.parseDouble(v[5]), Double.parseDouble(v[6]), Double.parseDouble(v[7]),
                Double.parseDouble(v[8]));
        if (r.method() != method || r.alpha() != alpha || r.sparsity() != sparsity) {
            throw new IllegalArgumentException("file = " + f + " is not allowed: it holds " + r.method() + " alpha " + r.alpha()
                    + " sparsity " + r.sparsity() + ", not " + method + " alpha " + alpha + " sparsity " + sparsity);
        }
        return r;
    }
}
