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
    Trajectory integrate(OdeSystem system, double[] y0, TimeGrid grid, ThresholdEvent... events);

    /** The state at {@code t1} starting from {@code y0} at {@code t0}. */
    default double[] finalState(OdeSystem system, double t0, double[] y0, double t1) {
        return integrate(system, y0, new TimeGrid(t0, new double[] {t1})).finalState();
    }
}
