package org.neurotheory.core.ode;

/**
 * An autonomous or time-dependent ordinary differential equation {@code dy/dt = f(t, y)}.
 *
 * <p>Implementations write the derivative into {@code yDot} (output last) and must not allocate:
 * integrators call this in their inner loop.
 */
public interface OdeSystem {
    /** Number of state variables. */
    int dimension();

    /**
     * Computes {@code yDot = f(t, y)}.
     *
     * @param t    time
     * @param y    state, length {@link #dimension()}; must not be modified
     * @param yDot output, length {@link #dimension()}
     */
    void derivative(double t, double[] y, double[] yDot);
}
