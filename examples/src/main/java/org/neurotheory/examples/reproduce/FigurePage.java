package org.neurotheory.examples.reproduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.provenance.RunRecord;

/**
 * One figure's gallery page {@code DIR/<paper>/<figure>.html}: the figure at full size, its checks
 * as a table that says each kind of check in its own terms (yes/no, a bound, a relative or an
 * absolute tolerance), the departures from the paper its run recorded, its parameters, a rerun's
 * verdict if one was made, and links to its PNG, SVG, PDF, CSV and JSON.
 */
final class FigurePage {
    private static final List<String> FILES = List.of("png", "svg", "pdf", "csv", "json");

    private FigurePage() {
    }

    static void write(Path dir, RunRecord r, String paperTitle) throws IOException {
        String key = r.paper() + "/" + r.figure();
        StringBuilder sb = new StringBuilder(Html.head(key + ": " + (r.title() == null ? "" : r.title())));
        sb.append("<p><a href=\"../index.html#").append(Html.esc(r.paper())).append("\">\u2190 ")
                .append(Html.esc(paperTitle)).append("</a></p>\n");
        sb.append("<h1>").append(Html.esc(key)).append(": ").append(Html.esc(r.title())).append("</h1>\n");
        sb.append("<p>Scale ").append(r.scale()).append(", seed ").append(r.seed())
                .append(String.format(Locale.ROOT, ", %.1f s", r.wallSeconds())).append(", library ")
                .append(Html.esc(r.version())).append(", Java ").append(Html.esc(r.java())).append(". Status: ")
                .append(status(r)).append(".</p>\n");
        if (r.error() != null) {
            sb.append("<p class=\"fail\">Error: ").append(Html.esc(r.error())).append("</p>\n");
        } else if (Files.exists(dir.resolve(r.figure() + ".png"))) {
            sb.append("<p><img class=\"figure\" src=\"").append(r.figure()).append(".png\" alt=\"")
                    .append(Html.esc(key)).append("\"></p>\n");
        }
        sb.append("<p class=\"links\">");
        for (String ext : FILES) {
            if (Files.exists(dir.resolve(r.figure() + "." + ext))) {
                sb.append("<a href=\"").append(r.figure()).append('.').append(ext).append("\">")
                        .append(ext.toUpperCase(Locale.ROOT)).append("</a>");
            }
        }
        sb.append("</p>\n");
        rerun(dir, r, sb);
        checks(r.checks(), sb);
        sb.append("<h2>Departures from the paper</h2>\n");
        if (r.notes().isEmpty()) {
            sb.append("<p>None recorded.</p>\n");
        } else {
            sb.append("<ul>\n");
            r.notes().forEach(n -> sb.append("<li>").append(Html.esc(n)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<h2>Parameters</h2>\n<table><tr><th>name</th><th>value</th></tr>\n");
        for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
            sb.append("<tr><td>").append(Html.esc(e.getKey())).append("</td><td>").append(Html.esc(value(e.getValue())))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n</body></html>\n");
        AtomicFiles.writeString(dir.resolve(r.figure() + ".html"), sb.toString());
    }

    private static void checks(List<Check> checks, StringBuilder sb) {
        sb.append("<h2>Checks</h2>\n");
        if (checks.isEmpty()) {
            sb.append("<p>None.</p>\n");
            return;
        }
        sb.append("<table><tr><th>claim</th><th>required</th><th>measured</th><th>kind</th><th></th></tr>\n");
        for (Check c : checks) {
            sb.append("<tr><td>").append(Html.esc(c.name())).append("</td><td class=\"num\">").append(Html.esc(c.criterion()))
                    .append("</td><td class=\"num\">").append(Html.esc(c.result())).append("</td><td>")
                    .append(kind(c)).append("</td><td class=\"").append(c.pass() ? "pass\">pass" : "fail\">FAIL")
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static String kind(Check c) {
        return switch (c.comparison()) {
            case HOLDS -> "yes/no";
            case MAX -> "upper bound";
            case MIN -> "lower bound";
            case REL -> "relative tolerance";
            case ABS -> "absolute tolerance";
        };
    }

    private static void rerun(Path dir, RunRecord r, StringBuilder sb) {
        Path rerun = dir.resolve(r.figure() + Rerun.SUFFIX + ".csv");
        Path csv = dir.resolve(r.figure() + ".csv");
        if (Files.exists(rerun) && Files.exists(csv)) {
            boolean same = Rerun.sameBytes(csv, rerun);
            sb.append("<p>Rerun from this record: <span class=\"").append(same ? "pass\">numbers identical" : "fail\">numbers differ")
                    .append("</span> (<a href=\"").append(r.figure()).append(Rerun.SUFFIX).append(".csv\">CSV</a>, <a href=\"")
                    .append(r.figure()).append(Rerun.SUFFIX).append(".png\">PNG</a>).</p>\n");
        }
    }

    static String status(RunRecord r) {
        if (r.error() != null) {
            return r.error().startsWith(FigureRun.SKIPPED_PREFIX) ? "SKIPPED" : "ERROR";
        }
        return r.pass() ? "pass" : "FAIL";
    }

    private static String value(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (v instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof int[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(v);
    }
}
