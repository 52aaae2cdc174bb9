package org.neurotheory.core.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.progress.Progress;

/**
 * The finished runs of a long paper-scale sweep (networks trained for minutes to hours each), one
 * small file per run, so that a killed figure resumes where it stopped: {@link #trainOrRead} reads
 * a run back if its file exists and trains it (then writes the file) otherwise. A file is named
 * {@code neurotheory-<label>-<hash>-<key>.run}, where {@code hash} is that of the figure's parameters'
 * text, so other settings never read it, and {@code key} names the run within the sweep. It is
 * written atomically; a {@link Codec} that writes doubles in Java's round-trip decimal form makes a
 * read-back run give the figure the same bytes as a trained one. A run that checkpoints itself
 * ({@link #trainOrResume}) keeps its partial state in {@code neurotheory-<label>-<hash>-<key>.ckpt}
 * until it is finished. Delete the files to recompute.
 *
 * @param <T> the result of one run
 */
public final class FinishedRuns<T> {
    private static final String NAME = "[A-Za-z0-9._-]+";
    private final Path dir;
    private final String prefix;
    private final Codec<T> codec;
    private final Progress progress;

    /**
     * How one run's result is written and read back.
     *
     * @param <T> the result of one run
     */
    public interface Codec<T> {
        /** The first line of every file, naming the format and its version. */
        String header();

        /**
         * The key naming the run that produced {@code run} (as {@link #trainOrRead} was given it) if a
         * run names itself, so that a file holding another run is refused; {@code null} (the default)
         * if it does not, and the file's name is trusted.
         */
        default String key(T run) {
            return null;
        }

        /** The lines after the header. */
        List<String> encode(T run);

        /**
         * The run from the lines after the header.
         *
         * @throws RuntimeException if the lines are not a run of this format
         */
        T decode(List<String> lines);
    }

    private FinishedRuns(Path dir, String prefix, Codec<T> codec, Progress progress) {
        this.dir = dir;
        this.prefix = prefix;
        this.codec = codec;
        this.progress = progress;
    }

    /**
     * A store in {@code dir} for the sweep named {@code label} (e.g. {@code fig2cnn-seed1}) run with
     * {@code params} (its {@code toString} must name every setting).
     */
    public static <T> FinishedRuns<T> in(Path dir, String label, Object params, Codec<T> codec) {
        Require.nonNull("dir", dir);
        Require.that(label != null && label.matches(NAME), "label", label, "must be a non-empty file-name part ([A-Za-z0-9._-])");
        Require.nonNull("params", params);
        Require.nonNull("codec", codec);
        return new FinishedRuns<>(dir, String.format(Locale.ROOT, "neurotheory-%s-%08x", label, params.toString().hashCode()), codec,
                Progress.silent());
    }

    /**
     * For a figure: at paper scale {@link #in} the {@link ResumeDirectory} ({@code <out>/resume} under
     * {@code reproduce}, else the temporary directory); at quick scale a store that keeps nothing and
     * always trains.
     */
    public static <T> FinishedRuns<T> forFigure(Scale scale, String label, Object params, Codec<T> codec) {
        return Require.nonNull("scale", scale) == Scale.PAPER ? in(ResumeDirectory.get(), label, params, codec) : none();
    }

    /** A store that keeps nothing and always trains. */
    public static <T> FinishedRuns<T> none() {
        return new FinishedRuns<>(null, null, null, Progress.silent());
    }

    /**
     * This store, with every run it trains (not one it reads back) also stepping {@code progress}: with
     * {@code Progress.auto(task, left(keys))} a long figure reports the runs it has left to train and
     * the time left at the rate so far.
     */
    public FinishedRuns<T> reportingTo(Progress progress) {
        return new FinishedRuns<>(dir, prefix, codec, Require.nonNull("progress", progress));
    }

    /** How many of the runs named {@code keys} have no finished-run file (all of them, for a store that keeps nothing). */
    public long left(Collection<String> keys) {
        return Require.nonNull("keys", keys).stream().filter(k -> !has(k)).count();
    }

    /** The file of the run named {@code key} (a store that keeps files: {@link #in}, or {@link #forFigure} at paper scale). */
    public Path file(String key) {
        Require.that(dir != null, "store", "none", "keeps no files");
        Require.that(key != null && key.matches(NAME), "key", key, "must be a non-empty file-name part ([A-Za-z0-9._-])");
        return dir.resolve(prefix + "-" + key + ".run");
    }

    /** Whether the run named {@code key} has its finished-run file (never, for a store that keeps nothing). */
    public boolean has(String key) {
        return dir != null && Files.exists(file(key));
    }

    /**
     * The run named {@code key} read back from its file if it has finished, else empty (always empty for a
     * store that keeps nothing): for looking at a long sweep's results while it is still running.
     */
    public Optional<T> find(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Path f = file(key);
        try {
            return Optional.of(read(f, key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the finished run " + f, e);
        }
    }

    /** The file of the partial state of the run named {@code key} ({@link #trainOrResume}), beside its {@link #file}. */
    public Path partialFile(String key) {
        Path f = file(key);
        return f.resolveSibling(prefix + "-" + key + ".ckpt");
    }

    /** The run named {@code key} read back from its file, or {@code train}'s result (then saved). */
    public T trainOrRead(String key, Supplier<T> train) {
        if (dir == null) {
            T run = train.get();
            progress.step();
            return run;
        }
        Optional<T> finished = find(key);
        if (finished.isPresent()) {
            return finished.get();
        }
        Path f = file(key);
        try {
            T run = train.get();
            String named = codec.key(run);
            Require.that(named == null || named.equals(key), "key", key, "must name the trained run (" + named + ")");
            AtomicFiles.writeString(f, codec.header() + "\n" + String.join("\n", codec.encode(run)) + "\n");
            progress.step();
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the finished run " + f, e);
        }
    }

    /**
     * As {@link #trainOrRead}, for a run long enough to checkpoint itself: {@code train} is given the
     * file for its partial state, {@code <prefix>-<key>.ckpt} beside the finished-run file ({@code null}
     * for a store that keeps nothing), which it writes as it goes and resumes from when the file is
     * there (e.g. core's {@code Trainer.checkpointTo} / {@code resumeFrom}); once the finished run is
     * saved the partial state is deleted. So a kill loses at most the steps since the last checkpoint.
     */
    public T trainOrResume(String key, Function<Path, T> train) {
        Require.nonNull("train", train);
        if (dir == null) {
            return trainOrRead(key, () -> train.apply(null));
        }
        Path partial = partialFile(key);
        T run = trainOrRead(key, () -> train.apply(partial));
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the partial run " + partial, e);
        }
        return run;
    }

    private T read(Path f, String key) throws IOException {
        List<String> lines = Arrays.asList(Files.readString(f, StandardCharsets.UTF_8).split("\n"));
        T run;
        try {
            Require.that(!lines.isEmpty() && lines.get(0).equals(codec.header()), "header", lines.get(0), "must be " + codec.header());
            run = codec.decode(lines.subList(1, lines.size()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("file = " + f + " is not allowed: not a finished-run file of this format ("
                    + e.getMessage() + "; delete it to retrain)", e);
        }
        String named = codec.key(run);
        if (named != null && !named.equals(key)) {
            throw new IllegalArgumentException("file = " + f + " is not allowed: it holds the run " + named + ", not " + key);
        }
        return run;
    }
}
