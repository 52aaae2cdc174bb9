package org.neurotheory.bioplausible.conv.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.bioplausible.conv.experiments.ImageArm;
import org.neurotheory.bioplausible.conv.experiments.ImageTraining;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.ReducedNetwork;

/**
 * Exploration driver for the image experiments: trains the listed arms at one setting and prints
 * one line per run ({@code run <setting> <arm> <seed> <acc running stats> <acc recomputed stats>
 * <last-epoch loss> <weight SNR> <seconds>}). Arguments {@code key=value}: {@code train} (1000),
 * {@code test} (1000), {@code widths} (8,16,32), {@code epochs} (4), {@code batch} (32), {@code lr}
 * (3e-3), {@code bn} (true), {@code stats} (images for recomputed statistics, 1000), {@code seeds}
 * (1,2), {@code arms} (conv,lc,share1,share10,share100,sleepF,transN,convtransN), {@code shift} (4),
 * {@code sleep} (sleep iterations,patterns; 20,32), {@code label}.
 */
public final class ImageExploration {
    private ImageExploration() {
    }

    private static String arg(String[] args, String key, String def) {
        for (String a : args) {
            if (a.startsWith(key + "=")) {
                return a.substring(key.length() + 1);
            }
        }
        return def;
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        int train = Integer.parseInt(arg(args, "train", "1000"));
        int test = Integer.parseInt(arg(args, "test", "1000"));
        int[] widths = Arrays.stream(arg(args, "widths", "8,16,32").split(",")).mapToInt(Integer::parseInt).toArray();
        int epochs = Integer.parseInt(arg(args, "epochs", "4"));
        int batch = Integer.parseInt(arg(args, "batch", "32"));
        double lr = Double.parseDouble(arg(args, "lr", "3e-3"));
        boolean bn = Boolean.parseBoolean(arg(args, "bn", "true"));
        int stats = Integer.parseInt(arg(args, "stats", "1000"));
        int shift = Integer.parseInt(arg(args, "shift", "4"));
        int[] sleep = Arrays.stream(arg(args, "sleep", "20,32").split(",")).mapToInt(Integer::parseInt).toArray();
        long[] seeds = Arrays.stream(arg(args, "seeds", "1,2").split(",")).mapToLong(Long::parseLong).toArray();
        String label = arg(args, "label", "x");
        List<ImageArm> arms = new ArrayList<>();
        for (String a : arg(args, "arms", "conv,lc,share10").split(",")) {
            if (a.equals("conv")) {
                arms.add(ImageArm.conv());
            } else if (a.equals("lc")) {
                arms.add(ImageArm.lc());
            } else if (a.startsWith("share")) {
                arms.add(ImageArm.lcShared(Integer.parseInt(a.substring(5))));
            } else if (a.startsWith("sleep")) {
                arms.add(ImageArm.lcSleep(Integer.parseInt(a.substring(5)),
                        HebbianSleep.Params.paper().withSize(sleep[0], sleep[1])));
            } else if (a.startsWith("convtrans")) {
                arms.add(ImageArm.convTranslated(Integer.parseInt(a.substring(9)), shift));
            } else if (a.startsWith("trans")) {
                arms.add(ImageArm.lcTranslated(Integer.parseInt(a.substring(5)), shift));
            } else {
                throw new IllegalArgumentException("arm = " + a);
            }
        }
        ShiftedFashionMnist data = ShiftedFashionMnist.load(ShiftedFashionMnist.DEBIAN_DIR, train, test, 123);
        ImageTraining.Settings s = new ImageTraining.Settings(new ReducedNetwork(36, widths, false, bn, 10), epochs,
                batch, lr).withStatisticsImages(stats);
        System.out.printf("# %s: train %d test %d widths %s epochs %d batch %d lr %s bn %s stats %d shift %d%n", label,
                train, test, Arrays.toString(widths), epochs, batch, lr, bn, stats, shift);
        for (long seed : seeds) {
            for (ImageArm arm : arms) {
                long t0 = System.nanoTime();
                ImageTraining.Result r = ImageTraining.run(arm, s, data.train(), data.test(), seed);
                System.out.printf("run %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.0f%n", label, arm.name(), seed,
                        r.runningStatsAccuracy(), r.testAccuracy(), r.trainLoss(), r.weightSnr(),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
