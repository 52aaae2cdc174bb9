package org.neurotheory.examples;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * The fenced {@code ```java} blocks of README.md and docs/**.md, and a JShell (the JDK's
 * {@code jdk.jshell} API, in this JVM) that evaluates them after the start-up script of
 * {@code ./neurotheory shell}, so a snippet sees exactly the imports a user has there.
 *
 * <p>A block preceded by the line {@code <!-- snippet: slow -->} takes longer than a few seconds
 * (training, figure runs); the default suite compiles it and the slow suite runs it.
 */
final class DocSnippets {
    /** One documented block: where it is and its source. */
    record Block(String file, int line, String source, boolean slow) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private static final Pattern FENCE = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** jshell's DEFAULT start-up script (JDK 17). */
    private static final String DEFAULT_STARTUP = String.join("\n", "import java.io.*;", "import java.math.*;",
            "import java.net.*;", "import java.nio.file.*;", "import java.util.*;", "import java.util.concurrent.*;",
            "import java.util.function.*;", "import java.util.prefs.*;", "import java.util.regex.*;",
            "import java.util.stream.*;", "");
    /** Prefix of the message of a snippet whose data set is not on this machine. */
    static final String DATA_UNAVAILABLE = "data unavailable: ";
    private static final String SLOW_MARK = "<!-- snippet: slow -->";

    private DocSnippets() {
    }

    /** The repository root (the examples module's tests run in examples/). */
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("README.md"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** Every {@code ```java} block of README.md and docs/, in file order. */
    static List<Block> blocks() {
        Path root = root();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> s = Files.walk(root.resolve("docs"))) {
            s.filter(f -> f.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> out = new ArrayList<>();
        for (Path f : files) {
            String text = read(f);
            Matcher m = FENCE.matcher(text);
            while (m.find()) {
                String before = text.substring(0, m.start());
                int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                boolean slow = before.stripTrailing().endsWith(SLOW_MARK);
                out.add(new Block(root.relativize(f).toString(), line, m.group(1), slow));
            }
        }
        return out;
    }

    static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JShell in this JVM with the test class path and the shell's start-up script loaded.
     *
     * @param execute false: compile and load every snippet but run none (the {@code do_it$}
     *                call that evaluates a snippet is skipped)
     */
    static JShell shell(boolean execute) {
        ExecutionControlProvider provider = new ExecutionControlProvider() {
            @Override
            public String name() {
                return execute ? "snippets-run" : "snippets-compile";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return execute ? new LocalExecutionControl() : new LocalExecutionControl() {
                    @Override
                    protected String invoke(Method doitMethod) {
                        return "";
                    }
                };
            }
        };
        JShell js = JShell.builder().executionEngine(provider, Map.of()).build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            js.addToClasspath(entry);
        }
        // ./neurotheory shell starts jshell with --startup DEFAULT (these imports) and then neurotheory.jsh
        List<String> errors = evaluate(js, DEFAULT_STARTUP + read(root().resolve("examples/src/main/jshell/neurotheory.jsh")));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("start-up script: " + errors);
        }
        return js;
    }

    /** Evaluates a block snippet by snippet; returns one message per rejected or failing snippet. */
    static List<String> evaluate(JShell js, String source) {
        List<String> errors = new ArrayList<>();
        SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String code = info.completeness().isComplete() ? info.source() : rest;
            rest = info.completeness().isComplete() ? info.remaining() : "";
            if (code.isBlank()) {
                continue;
            }
            for (SnippetEvent e : js.eval(code)) {
                Snippet s = e.snippet();
                if (e.causeSnippet() != null) {
                    continue;
                }
                List<String> diags = js.diagnostics(s).filter(Diag::isError)
                        .map(d -> d.getMessage(Locale.ROOT)).toList();
                if (e.status() == Snippet.Status.REJECTED || !diags.isEmpty()
                        || e.status() == Snippet.Status.RECOVERABLE_DEFINED
                        || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    List<String> unresolved = s instanceof DeclarationSnippet d ? js.unresolvedDependencies(d).toList() : List.of();
                    errors.add(code.strip() + " -> " + e.status() + " " + diags + (unresolved.isEmpty() ? "" : " unresolved " + unresolved));
                } else if (e.exception() != null) {
                    boolean noData = e.exception() instanceof EvalException ee
                            && ee.getExceptionClassName().endsWith("DatasetUnavailableException");
                    errors.add((noData ? DATA_UNAVAILABLE : "") + code.strip() + " -> threw " + e.exception());
                }
            }
        }
        return errors;
    }
}
