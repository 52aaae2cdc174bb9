package org.neurotheory.examples.reproduce;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;
import org.neurotheory.core.figure.Scale;

/**
 * Measured wall times of the figures ({@code paper/figure} to seconds) at each {@link Scale}, which
 * {@code reproduce --list} shows as the time to expect and the progress bar ({@link FigureClock}) counts
 * down. The bundled tables ({@code figure-times.properties} for quick scale and
 * {@code figure-times-paper.properties} for paper scale, next to this class) hold the {@code wallSeconds}
 * of the run records of {@code ./neurotheory reproduce} runs; each file's header says on what machine
 * and how loaded. Regenerate one from such a run's folder with {@link #fromRecords}.
 */
public final class FigureTimes {
    private static final Map<Scale, String> RESOURCES = Map.of(Scale.QUICK, "figure-times.properties",
            Scale.PAPER, "figure-times-paper.properties");
    private final Map<Scale, Map<String, Double>> seconds = new EnumMap<>(Scale.class);

    /** Tables of quick- and paper-scale seconds per {@code paper/figure} key. */
    public FigureTimes(Map<String, Double> quickSeconds, Map<String, Double> paperSeconds) {
        seconds.put(Scale.QUICK, Map.copyOf(quickSeconds));
        seconds.put(Scale.PAPER, Map.copyOf(paperSeconds));
    }

    /** The tables bundled with the command line. */
    public static FigureTimes bundled() {
        return new FigureTimes(load(RESOURCES.get(Scale.QUICK)), load(RESOURCES.get(Scale.PAPER)));
    }

    private static Map<String, Double> load(String resource) {
        Properties p = new Properties();
        try (InputStream in = FigureTimes.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, Double> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, Double.parseDouble(p.getProperty(k))));
        return m;
    }

    /** The wall seconds measured for {@code key} ({@code paper/figure}) at {@code scale}, if any. */
    public OptionalDouble seconds(Scale scale, String key) {
        Double s = seconds.get(scale).get(key);
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /** "~4 s", "~2 min" or "" when nothing was measured for {@code key} at {@code scale}. */
    public String label(Scale scale, String key) {
        OptionalDouble s = seconds(scale, key);
        return s.isEmpty() ? "" : label(s.getAsDouble());
    }

    /** "<1 s", "~4 s" (under 90 s), "~2 min" (under 90 min) or "~2 h" for a time in seconds. */
    public static String label(double seconds) {
        return seconds < 1 ? "<1 s" : seconds < 90 ? String.format(Locale.ROOT, "~%.0f s", seconds)
                : seconds < 5400 ? String.format(Locale.ROOT, "~%.0f min", seconds / 60)
                : String.format(Locale.ROOT, "~%.1f h", seconds / 3600);
    }

    /**
     * The properties lines of a run folder's records at {@code scale} ({@code DIR/<paper>/<figure>.json},
     * figures that ran to the end), for regenerating a bundled table. Times are kept to the millisecond, so
     * a figure that computes in a few milliseconds still has a measured, positive time.
     */
    public static Map<String, Double> fromRecords(Path dir, Scale scale) throws IOException {
        Map<String, Double> m = new TreeMap<>();
        String wanted = scale.toString().toLowerCase(Locale.ROOT);
        try (var files = Files.walk(dir, 2)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")
                    && !f.toString().endsWith(Rerun.SUFFIX + ".json")).toList()) {
                var o = JsonParser.parseString(Files.readString(f)).getAsJsonObject();
                if (o.has("wallSeconds") && o.has("scale") && o.get("scale").getAsString().equalsIgnoreCase(wanted)
                        && (!o.has("error") || o.get("error").isJsonNull())) {
                    m.put(o.get("paper").getAsString() + "/" + o.get("figure").getAsString(),
                            Math.round(o.get("wallSeconds").getAsDouble() * 1000) / 1000.0);
                }
            }
        }
        return m;
    }

    /**
     * Prints the table of a run folder ({@code args[0]}) in the bundled files' format, for the scale
     * {@code args[1]} ({@code quick} when absent).
     */
    public static void main(String[] args) throws IOException {
        Scale scale = args.length > 1 ? Scale.parse(args[1]) : Scale.QUICK;
        fromRecords(Path.of(args[0]), scale).forEach((k, v) -> System.out.println(k + "=" + v));
    }
}
