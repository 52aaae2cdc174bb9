package org.neurotheory.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.examples.reproduce.ReproduceRunner;

/**
 * The executor side of a figure task: computes the figure with the same code as a local
 * {@code reproduce} ({@link ReproduceRunner#runFigure}) into a private temporary folder and returns
 * its files. A figure that throws still returns its error record, so only a lost executor makes
 * Spark retry the task. A named class with no captured state: only the {@link FigureTask} travels.
 */
final class RunFigure implements Function<FigureTask, FigureFiles> {
    private static final long serialVersionUID = 1L;

    @Override
    public FigureFiles call(FigureTask task) throws IOException {
        PaperRegistry registry = ExecutorRegistry.get();
        PaperRegistry.Entry entry = registry.select(List.of(task.key())).get(0);
        Path tmp = Files.createTempDirectory("neurotheory-figure-");
        try {
            new ReproduceRunner(tmp, task.scale(), task.seed(), registry, "").runFigure(entry);
            Path dir = tmp.resolve(entry.paper().key());
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> list = Files.list(dir)) {
                for (Path f : list.sorted().toList()) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            }
            return new FigureFiles(entry.key(), entry.paper().key(), files);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
