package org.neurotheory.examples.reproduce;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.provenance.RunRecord;

/**
 * What {@code reproduce --rerun} needs from a figure's JSON run record (which figure, which seed,
 * which scale), and the whole record read back for the gallery.
 *
 * @param key   {@code paper/figure}
 * @param seed  the recorded seed
 * @param scale the recorded scale
 */
record RunRecordFile(String key, long seed, Scale scale) {
    /** Reads a run record written by {@code reproduce}; malformed files raise IllegalArgumentException. */
    static RunRecordFile read(Path json) {
        JsonObject o = object(json);
        for (String field : new String[] {"paper", "figure", "seed", "scale"}) {
            if (!o.has(field)) {
                throw new IllegalArgumentException("rerun = " + json + " is not allowed: it has no '" + field
                        + "' field (must be a JSON run record written by reproduce)");
            }
        }
        return new RunRecordFile(o.get("paper").getAsString() + "/" + o.get("figure").getAsString(),
                o.get("seed").getAsLong(), Scale.parse(o.get("scale").getAsString()));
    }

    /** The whole run record in {@code json} (parameters come back as JSON numbers, strings, lists). */
    static RunRecord readRecord(Path json) {
        JsonObject o = object(json);
        read(json);
        List<Check> checks = new ArrayList<>();
        if (o.has("checks") && o.get("checks").isJsonArray()) {
            for (JsonElement e : o.getAsJsonArray("checks")) {
                JsonObject c = e.getAsJsonObject();
                checks.add(new Check(c.get("name").getAsString(), c.get("expected").getAsDouble(),
                        c.get("actual").getAsDouble(), c.get("tolerance").getAsDouble(), c.get("kind").getAsString(),
                        c.get("pass").getAsBoolean()));
            }
        }
        List<String> notes = new ArrayList<>();
        if (o.has("notes") && o.get("notes").isJsonArray()) {
            o.getAsJsonArray("notes").forEach(n -> notes.add(n.getAsString()));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (o.has("parameters") && o.get("parameters").isJsonObject()) {
            Gson gson = new Gson();
            o.getAsJsonObject("parameters").entrySet().forEach(e -> parameters.put(e.getKey(),
                    e.getValue().isJsonNull() ? null : gson.fromJson(e.getValue(), Object.class)));
        }
        return new RunRecord(o.get("paper").getAsString(), o.get("figure").getAsString(), text(o, "title"),
                Scale.parse(o.get("scale").getAsString()), o.get("seed").getAsLong(), parameters, text(o, "version"),
                text(o, "java"), o.has("wallSeconds") ? o.get("wallSeconds").getAsDouble() : Double.NaN, checks, notes,
                text(o, "error"));
    }

    private static String text(JsonObject o, String field) {
        return o.has(field) && !o.get(field).isJsonNull() ? o.get(field).getAsString() : null;
    }

    private static JsonObject object(Path json) {
        try {
            return JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        } catch (IllegalStateException | JsonParseException e) {
            throw new IllegalArgumentException("rerun = " + json + " is not allowed: not a JSON object (" + e.getMessage() + ")");
        }
    }
}
