package org.neurotheory.examples.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Measured wall times of the figures ({@code paper/figure} to seconds), which {@code reproduce --list}
 * and the progress counter show as the time to expect. The bundled table
 * ({@code figure-times.properties} next to this class) holds the {@code wallSeconds} of the run
 * records of one {@code ./neurotheory reproduce all} at quick scale; its header says on what machine
 * and how loaded. Regenerate it from such a run's folder with {@link #fromRecords}.
 */
public final class FigureTimes {
    private static final String RESOURCE = "figure-times.properties";
    private final Map<String, Double> quickSeconds;

    /** A table of quick-scale seconds per {@code paper/figure} key. */
    public FigureTimes(Map<String, Double> quickSeconds) {
        this.quickSeconds = Map.copyOf(quickSeconds);
    }

    /** The table bundled with the command line. */
    public static FigureTimes bundled() {
        Properties p = new Properties();
        try (InputStream in = FigureTimes.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, Double> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, Double.parseDouble(p.getProperty(k))));
        return new FigureTimes(m);
    }

    /** The quick-scale wall seconds measured for {@code key} ({@code paper/figure}), if any. */
    public OptionalDouble quickSeconds(String key) {
        Double s = quickSeconds.get(key);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** "~4 s", "~2 min" or "" when nothing was measured for {@code key}. */
    public String label(String key) {
        OptionalDouble s = quickSeconds(key);
        if (s.isEmpty()) {
            return "";
        }
        double v = s.getAsDouble();
        return v < 1 ? "<1 s" : v < 90 ? String.format(Locale.ROOT, "~%.0f s", v)
                : String.format(Locale.ROOT, "~%.0f min", v / 60);
    }

    /**
     * The properties lines of a run folder's quick-scale records ({@code DIR/<paper>/<figure>.json},
     * figures that ran to the end), for regenerating the bundled table.
     */
    public static Map<String, Double> fromRecords(java.nio.file.Path dir) throws IOException {
        Map<String, Double> m = new TreeMap<>();
        try (var files = java.nio.file.Files.walk(dir, 2)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".json")
                    && !f.toString().endsWith(Rerun.SUFFIX + ".json")).toList()) {
                var o = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(f)).getAsJsonObject();
                if (o.has("wallSeconds") && o.has("scale") && o.get("scale").getAsString().equals("quick")
                        && (!o.has("error") || o.get("error").isJsonNull())) {
                    m.put(o.get("paper").getAsString() + "/" + o.get("figure").getAsString(),
                            Math.round(o.get("wallSeconds").getAsDouble() * 10) / 10.0);
                }
            }
        }
        return m;
    }

    /** Prints the table of a run folder ({@code args[0]}) in the bundled file's format. */
    public static void main(String[] args) throws IOException {
        fromRecords(java.nio.file.Path.of(args[0])).forEach((k, v) -> System.out.println(k + "=" + v));
    }
}
