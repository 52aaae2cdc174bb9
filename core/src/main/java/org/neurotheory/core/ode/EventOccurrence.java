package org.neurotheory.core.ode;

/**
 * A located event.
 *
 * @param name  the {@link ThresholdEvent}'s name
 * @param time  the located crossing time
 * @param state the state at that time (a copy)
 */
public record EventOccurrence(String name, double time, double[] state) {
}
