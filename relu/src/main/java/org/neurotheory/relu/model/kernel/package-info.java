/**
 * The fast path of {@link org.neurotheory.relu.model.NetworkGradientFlow} for two-layer networks:
 * {@link org.neurotheory.relu.model.kernel.VectorTwoLayerGradient}, the square-loss gradient sum
 * written with the JDK Vector API (needs {@code --add-modules jdk.incubator.vector};
 * {@link org.neurotheory.relu.model.kernel.VectorSupport} says whether it is there), and its threading:
 * {@link org.neurotheory.relu.model.kernel.BalancedTwoLayerGradient} shares a step's units among
 * {@link org.neurotheory.relu.model.kernel.ShardWorker} threads with bytes independent of the thread
 * count. Users do not call these classes directly; {@code NetworkGradientFlow} picks them.
 */
package org.neurotheory.relu.model.kernel;
