package org.neurotheory.core.ode;

/**
 * Integrates an {@link OdeSystem} from {@code grid.start()} to {@code grid.end()}, recording the
 * state at the grid's times and locating the given events.
 *
 * <p>Implementations are immutable and thread-safe: all run state lives inside one call.
 * Every implementation throws {@link DivergenceException} (carrying the last finite state) when
 * the state becomes non-finite, never returns NaN silently.
 */
public interface Integrator {
    /**
     * @param system the equations
     * @param y0     initial state at {@code grid.start()}; not modified
     * @param grid   start time and recording times
     * @param events events to locate (possibly none)
     * @return the recorded trajectory
     */
    default Trajectory integrate(OdeSystem system, double[] y0, TimeGrid grid, ThresholdEvent... events) {
        return integrate(system, y0, grid, null, events);
    }

    /**
     * As {@link #integrate(OdeSystem, double[], TimeGrid, ThresholdEvent...)}, showing the initial
     * state and the state after every step the integrator takes (every fixed step; every accepted
     * adaptive step) to {@code observer} as {@code (t, state, loss)}; {@code loss} is
     * {@link GradientFlow#loss} for a gradient flow and NaN otherwise.
     *
     * @param observer sees every step, or null for none
     */
    Trajectory integrate(OdeSystem system, double[] y0, TimeGrid grid, StepObserver observer, ThresholdEvent... events);

    /** Shows {@code (t, y, loss)} to {@code observer} (if any); the loss is the flow's, or NaN. */
    static void observe(StepObserver observer, OdeSystem system, double t, double[] y) {
        if (observer != null) {
            observer.observe(t, y, system instanceof GradientFlow g ? g.loss(y) : Double.NaN);
        }
    }

    /** The state at {@code t1} starting from {@code y0} at {@code t0}. */
    default double[] finalState(OdeSystem system, double t0, double[] y0, double t1) {
        return integrate(system, y0, new TimeGrid(t0, new double[] {t1}), null, new ThresholdEvent[0]).finalState();
    }
}
