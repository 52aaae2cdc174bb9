package org.neurotheory.core.nn;

import org.neurotheory.core.Require;

/**
 * What a {@link Trainer} runs: epochs, batch size, the seed of the batch order, the learning-rate
 * schedule and whether the last partial batch of an epoch is dropped (PyTorch's
 * {@code drop_last}, default false: the partial batch is kept).
 *
 * @param epochs    number of epochs (> 0)
 * @param batchSize samples per batch (> 0)
 * @param seed      seed of the shuffling (epoch e uses {@code Seeds.derive(seed, e)})
 * @param schedule  learning-rate multiplier per epoch
 * @param dropLast  whether to drop the last partial batch
 */
public record TrainingConfig(int epochs, int batchSize, long seed, LearningRateSchedule schedule, boolean dropLast) {
    public TrainingConfig {
        Require.positive("epochs", epochs);
        Require.positive("batchSize", batchSize);
        Require.nonNull("schedule", schedule);
    }

    /** Constant learning rate, partial batches kept. */
    public static TrainingConfig of(int epochs, int batchSize, long seed) {
        return new TrainingConfig(epochs, batchSize, seed, LearningRateSchedule.constant(), false);
    }

    /** A copy with another schedule. */
    public TrainingConfig withSchedule(LearningRateSchedule s) {
        return new TrainingConfig(epochs, batchSize, seed, s, dropLast);
    }

    /** A copy with another number of epochs. */
    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(e, batchSize, seed, schedule, dropLast);
    }

    /** A copy that drops (true) or keeps the last partial batch. */
    public TrainingConfig withDropLast(boolean d) {
        return new TrainingConfig(epochs, batchSize, seed, schedule, d);
    }
}
