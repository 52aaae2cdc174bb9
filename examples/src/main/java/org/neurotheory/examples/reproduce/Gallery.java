package org.neurotheory.examples.reproduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.provenance.RunRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gallery of an output folder: {@code DIR/index.html} with, per paper, its title, a link to
 * its docs page and a grid of thumbnails, one page per figure ({@link FigurePage}), and
 * {@code DIR/index.md}. It is built from every run record in {@code DIR/<paper>/<figure>.json},
 * so running one figure into a folder updates that figure and keeps the others.
 */
final class Gallery {
    private static final Logger LOG = LoggerFactory.getLogger(Gallery.class);

    private Gallery() {
    }

    /** Every figure recorded under {@code out}, in the registry's paper and figure order (unknown ones last). */
    static List<FigureRun> records(Path out, PaperRegistry registry) throws IOException {
        List<FigureRun> runs = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            return runs;
        }
        try (Stream<Path> papers = Files.list(out)) {
            for (Path dir : papers.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path json : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                        String base = json.getFileName().toString().replaceFirst("\\.json$", "");
                        try {
                            RunRecord r = RunRecordFile.readRecord(json);
                            if (r.figure().equals(base) && r.paper().equals(dir.getFileName().toString())) {
                                runs.add(FigureRun.of(r.paper() + "/" + r.figure(), r));
                            }
                        } catch (RuntimeException e) {
                            LOG.warn("{} is not a run record, left out of the gallery: {}", json, e.getMessage());
                        }
                    }
                }
            }
        }
        List<String> order = registry.entries().stream().map(PaperRegistry.Entry::key).toList();
        runs.sort(Comparator.comparingInt((FigureRun r) -> order.contains(r.key()) ? order.indexOf(r.key()) : order.size())
                .thenComparing(FigureRun::key));
        return runs;
    }

    /** Writes the index pages and every figure's page for the runs recorded under {@code out}. */
    static void write(Path out, PaperRegistry registry, List<FigureRun> runs) throws IOException {
        Map<String, List<FigureRun>> byPaper = new LinkedHashMap<>();
        runs.forEach(r -> byPaper.computeIfAbsent(r.record().paper(), k -> new ArrayList<>()).add(r));
        for (List<FigureRun> list : byPaper.values()) {
            for (FigureRun r : list) {
                FigurePage.write(out.resolve(r.record().paper()), r.record(), paperTitle(registry, r.record().paper()));
            }
        }
        AtomicFiles.writeString(out.resolve("index.html"), html(out, registry, byPaper, runs));
        AtomicFiles.writeString(out.resolve("index.md"), markdown(runs));
    }

    private static String html(Path out, PaperRegistry registry, Map<String, List<FigureRun>> byPaper, List<FigureRun> runs) {
        StringBuilder sb = new StringBuilder(Html.head("neurotheory: reproduced figures"));
        long failed = runs.stream().filter(r -> !r.pass()).count();
        sb.append("<h1>neurotheory: reproduced figures</h1>\n<p>").append(runs.size()).append(" figures, ")
                .append(failed).append(" failed. Each figure links to its page: checks, departures from the paper, "
                        + "parameters and its PNG, SVG, PDF, CSV and JSON.</p>\n");
        for (Map.Entry<String, List<FigureRun>> e : byPaper.entrySet()) {
            String key = e.getKey();
            sb.append("<h2 id=\"").append(Html.esc(key)).append("\">").append(Html.esc(paperTitle(registry, key)))
                    .append("</h2>\n<p>");
            registry.papers().stream().filter(p -> p.key().equals(key)).findFirst()
                    .ifPresent(p -> sb.append(Html.esc(p.citation())).append(". "));
            Path docs = docsPage(key);
            if (docs != null) {
                sb.append("<a href=\"").append(Html.href(out, docs)).append("\">Documentation</a>");
            }
            sb.append("</p>\n<div class=\"grid\">\n");
            for (FigureRun r : e.getValue()) {
                RunRecord rec = r.record();
                String page = rec.paper() + "/" + rec.figure() + ".html";
                sb.append("<div class=\"card\"><a href=\"").append(page).append("\">");
                if (rec.error() == null && Files.exists(out.resolve(rec.paper()).resolve(rec.figure() + ".png"))) {
                    sb.append("<img src=\"").append(rec.paper()).append('/').append(rec.figure())
                            .append(".png\" alt=\"").append(Html.esc(r.key())).append("\" loading=\"lazy\">");
                } else {
                    sb.append("<div class=\"missing\">no figure: ").append(FigurePage.status(rec)).append("</div>");
                }
                sb.append("</a><div><a href=\"").append(page).append("\"><b>").append(Html.esc(rec.figure())).append("</b></a> ")
                        .append(Html.esc(rec.title())).append("<br><span class=\"").append(r.pass() ? "pass" : "fail")
                        .append("\">").append(FigurePage.status(rec)).append("</span>, checks ").append(r.passed())
                        .append('/').append(rec.checks().size())
                        .append(String.format(Locale.ROOT, ", %s scale, %.1f s", rec.scale(), rec.wallSeconds()))
                        .append("</div></div>\n");
            }
            sb.append("</div>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    static String markdown(List<FigureRun> runs) {
        StringBuilder sb = new StringBuilder("# neurotheory: reproduced figures\n\n");
        sb.append(runs.size()).append(" figures: ").append(ReproduceCommand.summary(runs)).append(".\n\n");
        sb.append("| figure | title | scale | seed | wall s | checks passed | status |\n|---|---|---|---:|---:|---:|---|\n");
        for (FigureRun r : runs) {
            sb.append("| [").append(r.key()).append("](").append(r.key()).append(".png) | ")
                    .append(escapeMd(r.record().title())).append(" | ").append(r.record().scale()).append(" | ")
                    .append(r.record().seed()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", r.record().wallSeconds())).append(" | ")
                    .append(r.passed()).append('/').append(r.record().checks().size()).append(" | ")
                    .append(FigurePage.status(r.record())).append(" |\n");
        }
        sb.append("\n## Checks\n");
        for (FigureRun r : runs) {
            sb.append("\n### ").append(r.key()).append("\n\n");
            if (r.skipped() != null) {
                sb.append("Skipped: ").append(escapeMd(r.skipped())).append('\n');
            } else if (r.record().error() != null) {
                sb.append("Error: `").append(r.record().error().replace('`', '\'')).append("`\n");
            }
            r.record().checks().forEach(c -> sb.append("- ").append(c.pass() ? "pass" : "**FAIL**").append(": ")
                    .append(escapeMd(c.name())).append(": required ").append(c.criterion()).append(", measured ")
                    .append(c.result()).append('\n'));
            r.record().notes().forEach(n -> sb.append("- departure: ").append(escapeMd(n)).append('\n'));
        }
        return sb.toString();
    }

    private static String paperTitle(PaperRegistry registry, String key) {
        return registry.papers().stream().filter(p -> p.key().equals(key)).map(Paper::title).findFirst().orElse(key);
    }

    /**
     * The paper's docs page {@code docs/papers/<key>.md} in the library's checkout: under the
     * {@code neurotheory.home} system property (the launcher sets it), else the working directory
     * or one of its parents; null when there is none.
     */
    static Path docsPage(String key) {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("neurotheory.home");
        if (home != null) {
            roots.add(Path.of(home));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            roots.add(p);
        }
        for (Path root : roots) {
            Path doc = root.resolve("docs/papers/" + key + ".md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        return null;
    }

    private static String escapeMd(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }
}
