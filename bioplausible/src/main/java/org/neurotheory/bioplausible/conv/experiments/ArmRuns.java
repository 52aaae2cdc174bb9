package org.neurotheory.bioplausible.conv.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.core.Require;
import org.neurotheory.core.sweep.SeedReplicates;

/**
 * The runs of one arm of the image experiments over seeds (Pogodin et al. 2021, Sec. 5 at
 * reduced scale) and their summaries: mean and sample standard deviation over seeds.
 *
 * @param arm  the arm
 * @param runs one result per seed
 */
public record ArmRuns(ImageArm arm, List<ImageTraining.Result> runs) {
    public ArmRuns {
        Require.nonNull("arm", arm);
        Require.that(runs != null && !runs.isEmpty(), "runs", runs == null ? "null" : runs.size(), "must not be empty");
        runs = List.copyOf(runs);
    }

    /** Trains {@code arm} with seeds {@code Seeds.derive(seed, s)}, {@code s < protocol.seeds()}, one after another. */
    public static ArmRuns train(ImageArm arm, ImageProtocol protocol, ShiftedFashionMnist data, long seed) {
        return new ArmRuns(arm, SeedReplicates.run(List.of(arm), protocol.seeds(), seed, 1,
                (a, s) -> ImageTraining.run(a, protocol.settings(), data.train(), data.test(), s)).get(0));
    }

    /**
     * Trains every arm of {@code arms} for every seed as {@link #train} does, the independent runs
     * spread over one thread per available processor ({@link SeedReplicates}); the results, in
     * {@code arms} order, do not depend on the number of threads.
     */
    public static List<ArmRuns> trainAll(List<ImageArm> arms, ImageProtocol protocol, ShiftedFashionMnist data,
                                         long seed) {
        Require.nonNull("arms", arms);
        List<List<ImageTraining.Result>> runs = SeedReplicates.run(arms, protocol.seeds(), seed,
                (a, s) -> ImageTraining.run(a, protocol.settings(), data.train(), data.test(), s));
        List<ArmRuns> out = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            out.add(new ArmRuns(arms.get(a), runs.get(a)));
        }
        return out;
    }

    /** Test accuracy of each seed (batch-norm statistics recomputed after training). */
    public double[] accuracies() {
        return values(ImageTraining.Result::testAccuracy);
    }

    /** Mean test accuracy over seeds. */
    public double meanAccuracy() {
        return SeedReplicates.mean(accuracies());
    }

    /** Sample standard deviation of the test accuracy over seeds (0 for one seed). */
    public double sdAccuracy() {
        return SeedReplicates.sd(accuracies());
    }

    /** Mean test accuracy with the running batch-norm statistics as training left them. */
    public double meanRunningStatsAccuracy() {
        return SeedReplicates.mean(values(ImageTraining.Result::runningStatsAccuracy));
    }

    /** Mean last-epoch training loss. */
    public double meanTrainLoss() {
        return SeedReplicates.mean(values(ImageTraining.Result::trainLoss));
    }

    /** Mean weight SNR of the first LC layer (NaN for conv). */
    public double meanWeightSnr() {
        return SeedReplicates.mean(values(ImageTraining.Result::weightSnr));
    }

    private double[] values(ToDoubleFunction<ImageTraining.Result> f) {
        return runs.stream().mapToDouble(f).toArray();
    }
}
