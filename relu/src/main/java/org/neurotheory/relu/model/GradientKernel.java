package org.neurotheory.relu.model;

/**
 * One way of computing the full-batch square-loss gradient sum of a {@link BiasFreeNetwork}
 * (card Sec. 2.3): {@link NetworkGradientFlow} picks the fastest kernel the JVM supports.
 */
interface GradientKernel {
    /**
     * @param params       network parameters, row-major {@code W_1 .. W_L}
     * @param grad         receives {@code sum_mu} of the negative gradient (when {@code withGradient})
     * @param withGradient false for the loss only
     * @return {@code sum_mu |y_mu - f(x_mu)|^2 / 2}
     */
    double accumulate(double[] params, double[] grad, boolean withGradient);
}
