package org.neurotheory.attention.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.ode.DivergenceException;

/**
 * Full-batch gradient descent {@code theta <- theta - eta dL/dtheta}, as {@code torch.optim.SGD}
 * without momentum in the official code: the loss is recorded before each step and
 * {@code steps} losses are recorded in all (the code's {@code --epoch}). Gradient descent on the
 * population loss with step eta is the Euler discretisation of the paper's gradient flow (Eq. 5)
 * with {@code t / tau = 2 eta k} (code-unit conversions in the card, Sec. 2.5).
 */
public final class GradientDescent {
    private final double learningRate;

    public GradientDescent(double learningRate) {
        this.learningRate = Require.positive("learningRate", learningRate);
    }

    public double learningRate() {
        return learningRate;
    }

    /** Result: the loss before each step and the final weights (after {@code steps} updates). */
    public record Run(double[] losses, double[] finalTheta) {
    }

    /**
     * Runs {@code steps} recorded steps from {@code theta0} (not modified).
     *
     * @throws DivergenceException when the loss or a weight becomes non-finite; it carries the
     *         last finite weights and their step
     */
    public Run run(Objective objective, double[] theta0, int steps, StepObserver... observers) {
        Require.nonNull("objective", objective);
        Require.length("theta0", theta0, objective.parameterCount());
        Require.allFinite("theta0", theta0);
        Require.positive("steps", steps);
        double[] theta = theta0.clone();
        double[] grad = new double[theta.length];
        double[] previous = theta.clone();
        double[] losses = new double[steps];
        for (int k = 0; k < steps; k++) {
            double loss = objective.valueAndGradient(theta, grad);
            if (!Double.isFinite(loss)) {
                boolean finite = java.util.Arrays.stream(theta).allMatch(Double::isFinite);
                throw new DivergenceException("loss = " + loss + " at step " + k
                        + " (learning rate " + learningRate + " too large?)",
                        finite ? k : k - 1, finite ? theta.clone() : previous.clone());
            }
            losses[k] = loss;
            for (StepObserver o : observers) {
                o.observe(k, theta, loss);
            }
            System.arraycopy(theta, 0, previous, 0, theta.length);
            for (int p = 0; p < theta.length; p++) {
                theta[p] -= learningRate * grad[p];
            }
        }
        return new Run(losses, theta);
    }
}
