package org.neurotheory.bioplausible.conv.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.Sweep;

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

    /** Trains {@code arm} with seeds {@code Seeds.derive(seed, s)}, {@code s < protocol.seeds()}. */
    public static ArmRuns train(ImageArm arm, ImageProtocol protocol, ShiftedFashionMnist data, long seed) {
        List<ImageTraining.Result> out = new ArrayList<>();
        for (int s = 0; s < protocol.seeds(); s++) {
            out.add(ImageTraining.run(arm, protocol.settings(), data.train(), data.test(), Seeds.derive(seed, s)));
        }
        return new ArmRuns(arm, out);
    }

    /**
     * Trains every arm of {@code arms} for every seed as {@link #train} does, the independent runs
     * spread over one thread per available processor ({@link Sweep}); the results, in {@code arms}
     * order, do not depend on the number of threads.
     */
    public static List<ArmRuns> trainAll(List<ImageArm> arms, ImageProtocol protocol, ShiftedFashionMnist data,
                                         long seed) {
        Require.nonNull("arms", arms);
        List<int[]> points = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            for (int s = 0; s < protocol.seeds(); s++) {
                points.add(new int[] {a, s});
            }
        }
        List<Sweep.Row<int[], ImageTraining.Result>> rows = Sweep.run(points, seed, (pt, ignored) ->
                ImageTraining.run(arms.get(pt[0]), protocol.settings(), data.train(), data.test(),
                        Seeds.derive(seed, pt[1])));
        List<ArmRuns> out = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            List<ImageTraining.Result> perSeed = new ArrayList<>();
            for (Sweep.Row<int[], ImageTraining.Result> r : rows) {
                if (r.point()[0] == a) {
                    perSeed.add(r.result());
                }
            }
            out.add(new ArmRuns(arms.get(a), perSeed));
        }
        return out;
    }

    /** Test accuracy of each seed (batch-norm statistics recomputed after training). */
    public double[] accuracies() {
        return values(ImageTraining.Result::testAccuracy);
    }

    /** Mean test accuracy over seeds. */
    public double meanAccuracy() {
        return mean(accuracies());
    }

    /** Sample standard deviation of the test accuracy over seeds (0 for one seed). */
    public double sdAccuracy() {
        return sd(accuracies());
    }

    /** Mean test accuracy with the running batch-norm statistics as training left them. */
    public double meanRunningStatsAccuracy() {
        return mean(values(ImageTraining.Result::runningStatsAccuracy));
    }

    /** Mean last-epoch training loss. */
    public double meanTrainLoss() {
        return mean(values(ImageTraining.Result::trainLoss));
    }

    /** Mean weight SNR of the first LC layer (NaN for conv). */
    public double meanWeightSnr() {
        return mean(values(ImageTraining.Result::weightSnr));
    }

    private double[] values(ToDoubleFunction<ImageTraining.Result> f) {
        return runs.stream().mapToDouble(f).toArray();
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
