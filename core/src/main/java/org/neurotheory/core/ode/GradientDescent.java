package org.neurotheory.core.ode;

import java.util.Arrays;
import org.neurotheory.core.Require;

/**
 * Full-batch gradient descent {@code y <- y + eta dy/dt = y - eta grad L(y)} on a {@link GradientFlow}
 * (with {@code tau = 1}): the Euler discretisation of the flow with step {@code eta}, so the state
 * after {@code k} steps is at time {@code t = k eta}. That is the one meaning of time here: observers
 * receive it, {@link #trajectory} records on it and a {@link DivergenceException} reports the time
 * of the last finite state on it ({@link #step(double)} converts back to the step number).
 *
 * <p>{@link #run} evaluates the loss and its gradient once per step ({@link GradientFlow#lossAndDerivative}),
 * records the loss before each step, shows each state to the {@link StepObserver}s, and stops early
 * once the loss falls below an optional stop loss (as training scripts often do). The loop
 * allocates nothing beyond its result arrays.
 */
public final class GradientDescent {
    private final double learningRate;
    private final double stopLoss;

    /** Plain gradient descent with step {@code learningRate} (> 0), no stop loss. */
    public GradientDescent(double learningRate) {
        this(learningRate, 0);
    }

    private GradientDescent(double learningRate, double stopLoss) {
        this.learningRate = Require.positive("learningRate", learningRate);
        this.stopLoss = Require.nonNegative("stopLoss", stopLoss);
    }

    /** A copy that stops before the first step whose starting loss is below {@code stopLoss} (0 = never). */
    public GradientDescent withStopLoss(double stopLoss) {
        return new GradientDescent(learningRate, stopLoss);
    }

    /** The learning rate eta = time per step. */
    public double learningRate() {
        return learningRate;
    }

    /** The stop loss (0 = never stop early). */
    public double stopLoss() {
        return stopLoss;
    }

    /** The step number of time {@code t} ({@code round(t / eta)}). */
    public long step(double t) {
        return Math.round(t / learningRate);
    }

    /**
     * Result of {@link #run}.
     *
     * @param losses     the loss before each step taken (length = steps taken)
     * @param finalState the state after the last step (where the stop loss was met, if it was)
     * @param stopped    true when the stop loss ended the run early
     */
    public record Run(double[] losses, double[] finalState, boolean stopped) {
        /** Number of steps taken. */
        public int steps() {
            return losses.length;
        }
    }

    /**
     * Takes up to {@code steps} steps from {@code y0} (not modified). Observers see every state a step
     * starts from ({@code steps} calls, the last at {@code t = (steps - 1) eta}) and, when the stop loss
     * ends the run, the state where it was met; the state after the last step is {@link Run#finalState}.
     *
     * @throws DivergenceException when the loss or the state stops being finite; it carries the last
     *                             finite state and its time {@code k eta}
     */
    public Run run(GradientFlow flow, double[] y0, int steps, StepObserver... observers) {
        Require.nonNull("flow", flow);
        Require.length("y0", y0, flow.dimension());
        Require.allFinite("y0", y0);
        Require.positive("steps", steps);
        double[] y = y0.clone();
        double[] yDot = new double[y.length];
        double[] next = new double[y.length];
        double[] losses = new double[steps];
        int taken = 0;
        boolean stopped = false;
        for (; taken < steps; taken++) {
            double t = taken * learningRate;
            double loss = flow.lossAndDerivative(t, y, yDot);
            if (!Double.isFinite(loss)) {
                throw new DivergenceException("loss = " + loss + " at t = " + t + " (step " + taken
                        + ", learning rate " + learningRate + " too large?)", t, y.clone());
            }
            for (StepObserver o : observers) {
                o.observe(t, y, loss);
            }
            if (stopLoss > 0 && loss < stopLoss) {
                stopped = true;
                break;
            }
            losses[taken] = loss;
            for (int p = 0; p < y.length; p++) {
                next[p] = y[p] + learningRate * yDot[p];
                if (!Double.isFinite(next[p])) {
                    throw new DivergenceException("state became non-finite in the step from t = " + t + " (step "
                            + taken + ", learning rate " + learningRate + " too large?)", t, y.clone());
                }
            }
            double[] swap = y;
            y = next;
            next = swap;
        }
        return new Run(Arrays.copyOf(losses, taken), y, stopped);
    }

    /**
     * The run as a {@link Trajectory} recorded every {@code every} steps (and at the last step), on
     * the time axis {@code k eta}: {@link EulerIntegrator} with step eta, whose recorded losses are
     * {@link GradientFlow#loss} at the recorded states.
     */
    public Trajectory trajectory(GradientFlow flow, double[] y0, long steps, long every) {
        Require.positive("steps", steps);
        Require.positive("every", every);
        return new EulerIntegrator(learningRate).integrate(flow, y0, TimeGrid.everySteps(0, learningRate, steps, every));
    }

    /** Step numbers of a trajectory's records ({@code round(time / eta)}). */
    public double[] steps(Trajectory trajectory) {
        double[] t = trajectory.times();
        double[] k = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            k[i] = step(t[i]);
        }
        return k;
    }
}
