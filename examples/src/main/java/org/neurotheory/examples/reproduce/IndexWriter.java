package org.neurotheory.examples.reproduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.Scale;

/**
 * Writes {@code index.md} and {@code index.html}: one row per figure with wall time, checks and status
 * (pass, FAIL, ERROR or SKIPPED).
 */
final class IndexWriter {
    private IndexWriter() {
    }

    static void write(Path out, Scale scale, long seed, List<FigureRun> runs) throws IOException {
        AtomicFiles.writeString(out.resolve("index.md"), markdown(scale, seed, runs));
        AtomicFiles.writeString(out.resolve("index.html"), html(scale, seed, runs));
    }

    static String markdown(Scale scale, long seed, List<FigureRun> runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("# neurotheory reproduce: scale ").append(scale).append(", seed ").append(seed).append("\n\n");
        sb.append(runs.size()).append(" figures: ").append(ReproduceCommand.summary(runs)).append(".\n\n");
        sb.append("| figure | title | wall s | checks passed | status |\n|---|---|---:|---:|---|\n");
        for (FigureRun r : runs) {
            sb.append("| [").append(r.key()).append("](").append(r.key()).append(".png) | ")
                    .append(escapeMd(r.record().title())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", r.record().wallSeconds())).append(" | ")
                    .append(r.passed()).append('/').append(r.record().checks().size()).append(" | ")
                    .append(status(r)).append(" |\n");
        }
        sb.append("\n## Checks\n");
        for (FigureRun r : runs) {
            sb.append("\n### ").append(r.key()).append("\n\n");
            if (r.skipped() != null) {
                sb.append("Skipped: ").append(escapeMd(r.skipped())).append('\n');
            } else if (r.record().error() != null) {
                sb.append("Error: `").append(r.record().error().replace('`', '\'')).append("`\n");
            }
            for (Check c : r.record().checks()) {
                sb.append("- ").append(c.pass() ? "pass" : "**FAIL**").append(": ").append(escapeMd(c.name()))
                        .append(String.format(Locale.ROOT, " (expected %.6g, actual %.6g, %s tolerance %.3g)",
                                c.expected(), c.actual(), c.kind(), c.tolerance())).append('\n');
            }
        }
        return sb.toString();
    }

    static String html(Scale scale, long seed, List<FigureRun> runs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>neurotheory reproduce</title><style>body{font-family:sans-serif}"
                + "td,th{padding:4px 8px;border-bottom:1px solid #ddd}.fail{color:#b00}.pass{color:#070}.skip{color:#888}"
                + "img{max-width:900px}</style></head><body>\n");
        sb.append("<h1>neurotheory reproduce: scale ").append(scale).append(", seed ").append(seed).append("</h1>\n");
        sb.append("<table><tr><th>figure</th><th>title</th><th>wall s</th><th>checks passed</th><th>status</th></tr>\n");
        for (FigureRun r : runs) {
            sb.append("<tr><td><a href=\"#").append(r.key()).append("\">").append(r.key()).append("</a></td><td>")
                    .append(escapeHtml(r.record().title())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f", r.record().wallSeconds())).append("</td><td>")
                    .append(r.passed()).append('/').append(r.record().checks().size()).append("</td><td class=\"")
                    .append(r.pass() ? "pass" : r.skipped() != null ? "skip" : "fail").append("\">").append(status(r)).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        for (FigureRun r : runs) {
            sb.append("<h2 id=\"").append(r.key()).append("\">").append(r.key()).append("</h2>\n");
            if (r.skipped() != null) {
                sb.append("<p class=\"skip\">Skipped: ").append(escapeHtml(r.skipped())).append("</p>\n");
            } else if (r.record().error() != null) {
                sb.append("<p class=\"fail\">").append(escapeHtml(r.record().error())).append("</p>\n");
            } else {
                sb.append("<img src=\"").append(r.key()).append(".png\" alt=\"").append(r.key()).append("\">\n");
            }
            sb.append("<ul>\n");
            for (Check c : r.record().checks()) {
                sb.append("<li class=\"").append(c.pass() ? "pass" : "fail").append("\">").append(escapeHtml(c.name()))
                        .append(String.format(Locale.ROOT, ": expected %.6g, actual %.6g, %s tolerance %.3g",
                                c.expected(), c.actual(), c.kind(), c.tolerance())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String status(FigureRun r) {
        return r.status().label();
    }

    private static String escapeMd(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }

    private static String escapeHtml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
