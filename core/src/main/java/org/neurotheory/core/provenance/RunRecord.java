package org.neurotheory.core.provenance;

import java.util.List;
import java.util.Map;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.Scale;

/**
 * What produced a figure: enough to run it again ({@code reproduce <paper>/<figure> --seed s
 * --scale x}) and to judge it (its checks). Written as the figure's JSON.
 *
 * @param paper       paper key, e.g. {@code attention}
 * @param figure      figure key, e.g. {@code fig2}
 * @param title       the figure's title
 * @param scale       quick or paper
 * @param seed        the root seed
 * @param parameters  the parameters the figure recorded
 * @param version     library version
 * @param java        Java runtime version
 * @param wallSeconds wall-clock seconds of compute + export
 * @param checks      the figure's checks
 * @param notes       departures and remarks
 * @param error       the exception message if the figure threw, else null
 */
public record RunRecord(String paper, String figure, String title, Scale scale, long seed,
                        Map<String, Object> parameters, String version, String java, double wallSeconds,
                        List<Check> checks, List<String> notes, String error) {
    public RunRecord {
        Require.nonNull("paper", paper);
        Require.nonNull("figure", figure);
        Require.nonNull("scale", scale);
        parameters = parameters == null ? Map.of() : parameters;
        checks = checks == null ? List.of() : List.copyOf(checks);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** True when the figure ran and every check passed. */
    public boolean pass() {
        return error == null && checks.stream().allMatch(Check::pass);
    }

    /** The runtime's Java version. */
    public static String javaVersion() {
        return System.getProperty("java.version");
    }
}
