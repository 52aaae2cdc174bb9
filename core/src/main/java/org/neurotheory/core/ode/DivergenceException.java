package org.neurotheory.core.ode;

/**
 * Thrown when an integration produces a non-finite state (NaN or infinity) or the adaptive
 * step size collapses (finite-time blow-up). Carries the last finite time and state so the
 * caller can see where the solution left the representable range.
 */
public class DivergenceException extends ArithmeticException {
    private static final long serialVersionUID = 1L;
    private final double lastFiniteTime;
    private final double[] lastFiniteState;

    /**
     * @param message         what diverged
     * @param lastFiniteTime  time of the last state that was finite
     * @param lastFiniteState that state (copied)
     */
    public DivergenceException(String message, double lastFiniteTime, double[] lastFiniteState) {
        super(message + " (last finite state at t = " + lastFiniteTime + ")");
        this.lastFiniteTime = lastFiniteTime;
        this.lastFiniteState = lastFiniteState.clone();
    }

    /** Time of the last finite state. */
    public double lastFiniteTime() {
        return lastFiniteTime;
    }

    /** A copy of the last finite state. */
    public double[] lastFiniteState() {
        return lastFiniteState.clone();
    }

    /** Throws if any entry of {@code y} is not finite; otherwise does nothing. */
    static void check(double[] y, double tPrev, double[] yPrev, double t) {
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new DivergenceException("state became non-finite at t = " + t, tPrev, yPrev);
            }
        }
    }
}
