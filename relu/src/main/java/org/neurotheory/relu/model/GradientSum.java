package org.neurotheory.relu.model;

/**
 * One way of computing the square-loss sums behind {@link NetworkGradientFlow}: the scalar pass
 * ({@link ScalarNetworkGradient}), its shards on several threads ({@link ShardedScalarGradient}), or
 * the Vector API kernel ({@link org.neurotheory.relu.model.kernel.BalancedTwoLayerGradient}).
 */
interface GradientSum {
    /**
     * @param params       network parameters, row-major {@code W_1, ..., W_L}
     * @param grad         receives {@code sum_mu} of the negative gradient (when {@code withGradient})
     * @param withGradient false for the loss only
     * @return {@code sum_mu |y_mu - f(x_mu)|^2 / 2}
     */
    double accumulate(double[] params, double[] grad, boolean withGradient);
}
