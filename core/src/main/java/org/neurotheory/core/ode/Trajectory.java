package org.neurotheory.core.ode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * States recorded on a {@link TimeGrid}, the loss at each recorded time when the system is a
 * {@link GradientFlow}, and the located events.
 */
public final class Trajectory {
    private final double[] times;
    private final double[][] states;
    private final double[] losses;
    private final List<EventOccurrence> events;

    Trajectory(double[] times, double[][] states, double[] losses, List<EventOccurrence> events) {
        this.times = times;
        this.states = states;
        this.losses = losses;
        this.events = Collections.unmodifiableList(new ArrayList<>(events));
    }

    /** Number of recorded points. */
    public int size() {
        return times.length;
    }

    /** Recorded times (a copy). */
    public double[] times() {
        return times.clone();
    }

    /** Recorded time {@code i}. */
    public double time(int i) {
        return times[i];
    }

    /** The state at recorded point {@code i} (a copy). */
    public double[] state(int i) {
        return states[i].clone();
    }

    /** The last recorded state (a copy). */
    public double[] finalState() {
        return states[states.length - 1].clone();
    }

    /** Component {@code j} of the state at every recorded time. */
    public double[] component(int j) {
        double[] c = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            c[i] = states[i][j];
        }
        return c;
    }

    /** Whether a loss was recorded (the system was a {@link GradientFlow}). */
    public boolean hasLoss() {
        return losses != null;
    }

    /** The loss at every recorded time (a copy). */
    public double[] losses() {
        if (losses == null) {
            throw new IllegalStateException("no loss recorded: the integrated system is not a GradientFlow");
        }
        return losses.clone();
    }

    /** Every located event, in time order. */
    public List<EventOccurrence> events() {
        return events;
    }

    /** The first occurrence of the event called {@code name}, if any. */
    public Optional<EventOccurrence> firstEvent(String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return "Trajectory[" + times.length + " points, t = " + times[0] + " .. " + times[times.length - 1]
                + ", dimension " + states[0].length + (losses != null ? ", final loss " + losses[losses.length - 1] : "")
                + ", " + events.size() + " events]";
    }

    /** Accumulates a trajectory while an integrator runs. */
    static final class Recorder {
        private final OdeSystem system;
        private final TimeGrid grid;
        private final double[][] states;
        private final double[] losses;
        private final List<EventOccurrence> events = new ArrayList<>();
        private int next;

        Recorder(OdeSystem system, TimeGrid grid) {
            this.system = system;
            this.grid = grid;
            this.states = new double[grid.size()][];
            this.losses = system instanceof GradientFlow ? new double[grid.size()] : null;
        }

        /** Index of the next recording time not yet recorded, or size when done. */
        int next() {
            return next;
        }

        double nextTime() {
            return grid.time(next);
        }

        boolean done() {
            return next >= grid.size();
        }

        void record(double[] y) {
            states[next] = y.clone();
            if (losses != null) {
                losses[next] = ((GradientFlow) system).loss(y);
            }
            next++;
        }

        void event(String name, double t, double[] y) {
            events.add(new EventOccurrence(name, t, y.clone()));
        }

        Trajectory build() {
            return new Trajectory(grid.times(), states, losses, events);
        }
    }
}
