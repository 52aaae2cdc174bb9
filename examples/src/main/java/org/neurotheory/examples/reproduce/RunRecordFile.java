package org.neurotheory.examples.reproduce;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurotheory.core.figure.Scale;

/**
 * What {@code reproduce --rerun} needs from a figure's JSON run record: which figure, which seed,
 * which scale.
 *
 * @param key   {@code paper/figure}
 * @param seed  the recorded seed
 * @param scale the recorded scale
 */
record RunRecordFile(String key, long seed, Scale scale) {
    /** Reads a run record written by {@code reproduce}; malformed files raise IllegalArgumentException. */
    static RunRecordFile read(Path json) {
        try {
            JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
            for (String field : new String[] {"paper", "figure", "seed", "scale"}) {
                if (!o.has(field)) {
                    throw new IllegalArgumentException("rerun = " + json + " is not allowed: it has no '" + field
                            + "' field (must be a JSON run record written by reproduce)");
                }
            }
            return new RunRecordFile(o.get("paper").getAsString() + "/" + o.get("figure").getAsString(),
                    o.get("seed").getAsLong(), Scale.parse(o.get("scale").getAsString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        } catch (IllegalStateException | com.google.gson.JsonParseException e) {
            throw new IllegalArgumentException("rerun = " + json + " is not allowed: not a JSON object (" + e.getMessage() + ")");
        }
    }
}
