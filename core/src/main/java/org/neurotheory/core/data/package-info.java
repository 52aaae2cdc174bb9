/**
 * Seeded dataset generators (Gaussian with a given covariance, linear teacher, symmetric x/-x
 * datasets, in-context regression prompts, two correlated modalities) and the IDX reader for
 * MNIST-format files. Every generator takes a {@link java.util.SplittableRandom} from
 * {@link org.neurotheory.core.random.Seeds}.
 */
package org.neurotheory.core.data;
