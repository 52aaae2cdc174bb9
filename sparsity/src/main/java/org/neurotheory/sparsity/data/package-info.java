/**
 * Data for the Powerpropagation figures: Fashion-MNIST split as the paper's notebook splits MNIST
 * ({@link org.neurotheory.sparsity.data.FashionMnistSplit}), read through core's dataset catalog.
 */
package org.neurotheory.sparsity.data;
