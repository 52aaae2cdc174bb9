package org.neurotheory.core.ode;

import org.neurotheory.core.Require;

/**
 * An event: the time at which {@code g(t, y)} crosses zero in the given direction, located to
 * {@code tolerance} in time. Typical uses: time of a loss drop ({@code g = L(y) - level},
 * {@link Direction#DOWN}), plateau exit, spike threshold ({@code g = V - theta}, {@link Direction#UP}).
 *
 * @param name      the event's name, reported in {@link EventOccurrence}
 * @param g         the switching function; must not allocate
 * @param direction which crossings count
 * @param tolerance time tolerance of the located crossing
 */
public record ThresholdEvent(String name, SwitchingFunction g, Direction direction, double tolerance) {
    /** Which sign changes of the switching function count as events. */
    public enum Direction { UP, DOWN, ANY }

    /** The switching function whose zero is the event. */
    @FunctionalInterface
    public interface SwitchingFunction {
        double value(double t, double[] y);
    }

    public ThresholdEvent {
        Require.nonNull("name", name);
        Require.nonNull("g", g);
        Require.nonNull("direction", direction);
        Require.positive("tolerance", tolerance);
    }

    /** Component {@code index} of the state crosses {@code level} in {@code direction}. */
    public static ThresholdEvent component(String name, int index, double level, Direction direction,
                                           double tolerance) {
        Require.nonNegative("index", index);
        return new ThresholdEvent(name, (t, y) -> y[index] - level, direction, tolerance);
    }

    /** The loss of {@code flow} falls below {@code level}: the "time of the loss drop". */
    public static ThresholdEvent lossBelow(String name, GradientFlow flow, double level, double tolerance) {
        return new ThresholdEvent(name, (t, y) -> flow.loss(y) - level, Direction.DOWN, tolerance);
    }

    boolean counts(double before, double after) {
        boolean up = before < 0 && after >= 0;
        boolean down = before > 0 && after <= 0;
        return switch (direction) {
            case UP -> up;
            case DOWN -> down;
            case ANY -> up || down;
        };
    }
}
