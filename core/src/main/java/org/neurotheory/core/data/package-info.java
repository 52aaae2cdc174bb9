/**
 * Datasets: seeded generators (Gaussian with a given covariance, linear teacher, symmetric x/-x
 * datasets, in-context regression prompts, two correlated modalities), readers for MNIST-format IDX
 * files and CIFAR-10's binary batches, and the {@link org.neurotheory.core.data.DatasetCatalog} that
 * finds (or downloads and verifies) MNIST, Fashion-MNIST, KMNIST and CIFAR-10 and returns them as
 * {@link org.neurotheory.core.data.ImageDataset}s. Every generator takes a
 * {@link java.util.SplittableRandom} from {@link org.neurotheory.core.random.Seeds}.
 *
 * <p>Which to use: {@code DatasetCatalog.standard().load(StandardDataset.FASHION_MNIST, Split.TRAIN)}
 * for the standard image sets (a figure that calls it is reported as SKIPPED by {@code reproduce}
 * when the files cannot be had); {@link org.neurotheory.core.data.IdxReader} for IDX files you point
 * at yourself.
 */
package org.neurotheory.core.data;
