package org.neurotheory.gridcells.model;

import org.neurotheory.core.Require;

/**
 * One GECO constraint weight schedule (Rezende and Viola 2018, as the paper's official code uses
 * it): per step, the log-violation {@code c = log(L) - target} (with {@code c = -5} when
 * {@code L = 0}, and {@code c = log(c)} for {@code c > 0} when {@code compress} is set), its
 * moving average {@code C <- alpha C + (1 - alpha) c}, and {@code lambda <- lambda exp(gamma C)}.
 *
 * @param lambda0  initial weight
 * @param target   log target k: the constraint counts as met when {@code log L < k}
 * @param alpha    moving-average factor of C, in [0, 1)
 * @param gamma    rate of the multiplicative update (0 keeps lambda fixed)
 * @param compress apply the official {@code log(log)} compression of large violations
 */
public record GecoSchedule(double lambda0, double target, double alpha, double gamma, boolean compress) {
    public GecoSchedule {
        Require.nonNegative("lambda0", lambda0);
        Require.finite("target", target);
        Require.that(alpha >= 0 && alpha < 1, "alpha", alpha, "must lie in [0, 1)");
        Require.nonNegative("gamma", gamma);
    }

    /** The log-violation {@code c} of one step for constraint loss {@code loss}. */
    public double violation(double loss) {
        Require.nonNegative("loss", loss);
        if (loss <= 0) {
            return -5;
        }
        double c = Math.log(loss) - target;
        if (compress && c > 0) {
            c = Math.log(c);
        }
        return c;
    }

    /** A constant weight (gamma = 0): ablations and fixed-penalty runs. */
    public static GecoSchedule fixed(double lambda) {
        return new GecoSchedule(lambda, 0, 0, 0, false);
    }
}
