package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * The GECO schedules of the two constraints (non-negativity and bounded activity). Two named
 * presets: {@link #official} as in the authors' plane script (positivity lambda_0 = 0.1,
 * gamma = 1e-4) and {@link #fast} (positivity lambda_0 = 1, gamma = 5e-4), which enforces
 * non-negativity earlier and gives one hexagonal module in about 20 000 steps where the official
 * schedule, in a single restart, drifted towards a low-frequency code first.
 *
 * @param name       a label for run records
 * @param positivity schedule of lambda_p
 * @param norm       schedule of lambda_b
 */
public record ConstraintSchedule(String name, GecoSchedule positivity, GecoSchedule norm) {
    public ConstraintSchedule {
        Require.nonNull("name", name);
        Require.nonNull("positivity", positivity);
        Require.nonNull("norm", norm);
    }

    /**
     * Verbatim from the official code: positivity (0.1, k_p = -9, alpha 0.9, gamma 1e-4, log-log
     * compression), norm (0.005, k_b, 0.9, 1e-4); the plane script uses k_b = 6, Table B.3 k_b = 4.
     */
    public static ConstraintSchedule official(double normTarget) {
        return new ConstraintSchedule("official", new GecoSchedule(0.1, -9, 0.9, 1e-4, true),
                new GecoSchedule(0.005, normTarget, 0.9, 1e-4, false));
    }

    /** As {@link #official} but positivity lambda_0 = 1 and gamma = 5e-4. */
    public static ConstraintSchedule fast(double normTarget) {
        return new ConstraintSchedule("fast", new GecoSchedule(1, -9, 0.9, 5e-4, true),
                new GecoSchedule(0.005, normTarget, 0.9, 1e-4, false));
    }

    /** Fast positivity schedule with the ratio norm loss's schedule (lambda_0 = 0.1, k_b = -4, gamma = 5e-4). */
    public static ConstraintSchedule fastRatio() {
        return new ConstraintSchedule("fast-ratio", new GecoSchedule(1, -9, 0.9, 5e-4, true),
                new GecoSchedule(0.1, -4, 0.9, 5e-4, false));
    }
}
