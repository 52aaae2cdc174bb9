package org.neurotheory.relu.model;

import org.neurotheory.core.Require;
import org.neurotheory.core.ode.EulerIntegrator;
import org.neurotheory.core.ode.TimeGrid;
import org.neurotheory.core.ode.Trajectory;

/**
 * Full-batch gradient descent {@code theta <- theta - lr dL/dtheta} (card Sec. 2.3) as an Euler
 * integration of {@link NetworkGradientFlow} with {@code tau = 1}: the trajectory's time is
 * {@code steps x lr} and its losses are recorded every {@code every} steps (and at the last step).
 * Divergence throws {@link org.neurotheory.core.ode.DivergenceException} with the last finite state.
 */
public final class GradientDescent {
    private GradientDescent() {
    }

    /**
     * @param net   architecture
     * @param data  training set
     * @param p0    initial parameters (not modified)
     * @param lr    learning rate, > 0
     * @param steps number of steps, > 0
     * @param every recording interval in steps, > 0
     */
    public static Trajectory run(BiasFreeNetwork net, RegressionData data, double[] p0, double lr, long steps, long every) {
        Require.positive("lr", lr);
        Require.positive("steps", steps);
        Require.positive("every", every);
        return new EulerIntegrator(lr).integrate(new NetworkGradientFlow(net, data, 1), p0,
                TimeGrid.everySteps(0, lr, steps, every));
    }

    /** Step numbers of a gradient-descent trajectory's records ({@code time / lr}, rounded). */
    public static double[] steps(Trajectory tr, double lr) {
        double[] t = tr.times();
        double[] k = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            k[i] = Math.round(t[i] / lr);
        }
        return k;
    }
}
