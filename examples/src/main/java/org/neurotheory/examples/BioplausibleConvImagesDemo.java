package org.neurotheory.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.neurotheory.bioplausible.conv.experiments.ArmRuns;
import org.neurotheory.bioplausible.conv.experiments.ImageArm;
import org.neurotheory.bioplausible.conv.experiments.ImageProtocol;
import org.neurotheory.bioplausible.conv.experiments.ImageTraining;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One arm of the image experiments of Pogodin et al. 2021 at reduced scale (module
 * {@code bioplausible}, package {@code conv}; Table 1 and the augmentation curve): trains a
 * three-layer conv or locally connected network on shifted Fashion-MNIST (36 x 36 canvas) and
 * prints the test accuracy with the batch-norm statistics as training left them and recomputed
 * after training, the last-epoch loss and the first LC layer's weight SNR.
 *
 * <p>Run: {@code ./neurotheory demo bioplausible-conv-images --arm share:10 --seeds 2}. jshell
 * equivalent:
 * <pre>
 * var p = new ImageProtocol(1000, 1000, new int[] {8, 16, 32}, true, 4, 32, 3e-3, 2, 123);
 * var r = ArmRuns.train(ImageArm.lcShared(10), p, p.data(), 1);
 * r.meanAccuracy()   // recomputed statistics; r.meanRunningStatsAccuracy() with the running ones
 * </pre>
 */
@Command(name = "bioplausible-conv-images", mixinStandardHelpOptions = true,
        description = "Conv, LC, LC + weight sharing, sleep or translations on shifted Fashion-MNIST (Table 1, reduced).")
public final class BioplausibleConvImagesDemo implements Callable<Integer> {
    @Option(names = "--arm", defaultValue = "share:10",
            description = "conv, lc, share:F (instant sharing every F iterations), sleep:F, trans:N (N translated "
                    + "copies, shifts up to 4 px) (default ${DEFAULT-VALUE})")
    String arm;

    @Option(names = "--train-images", defaultValue = "1000", description = "training images (default ${DEFAULT-VALUE})")
    int trainImages;

    @Option(names = "--test-images", defaultValue = "1000", description = "test images (default ${DEFAULT-VALUE})")
    int testImages;

    @Option(names = "--widths", defaultValue = "8,16,32", split = ",",
            description = "channels of the three layers (default ${DEFAULT-VALUE})")
    int[] widths;

    @Option(names = "--epochs", defaultValue = "4", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--lr", defaultValue = "3e-3", description = "Adam learning rate (default ${DEFAULT-VALUE})")
    double lr;

    @Option(names = "--no-batch-norm", description = "no batch normalisation")
    boolean noBatchNorm;

    @Option(names = "--seeds", defaultValue = "1", description = "seeds (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--seed", defaultValue = "1", description = "base seed (default ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BioplausibleConvImagesDemo()).execute(args));
    }

    @Override
    public Integer call() {
        ImageArm a = parseArm(arm);
        ImageProtocol p = new ImageProtocol(trainImages, testImages, widths, !noBatchNorm, epochs, 32, lr, seeds, 123);
        run(spec.commandLine().getOut(), a, p, seed);
        return 0;
    }

    /** The arm named by {@code text} (see {@code --arm}). */
    static ImageArm parseArm(String text) {
        String[] parts = text.split(":");
        String kind = parts[0];
        if (kind.equals("conv") && parts.length == 1) {
            return ImageArm.conv();
        }
        if (kind.equals("lc") && parts.length == 1) {
            return ImageArm.lc();
        }
        if (parts.length == 2) {
            int n = Integer.parseInt(parts[1]);
            switch (kind) {
                case "share":
                    return ImageArm.lcShared(n);
                case "sleep":
                    return ImageArm.lcSleep(n, HebbianSleep.Params.paper().withSize(20, 32));
                case "trans":
                    return ImageArm.lcTranslated(n, 4);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("arm = " + text
                + " is not allowed: must be conv, lc, share:F, sleep:F or trans:N");
    }

    /** Trains the arm for every seed, prints one line per seed and the mean; returns the runs. */
    static ArmRuns run(PrintWriter out, ImageArm arm, ImageProtocol p, long seed) {
        ArmRuns r = ArmRuns.train(arm, p, p.data(), seed);
        out.printf("%s on %d shifted Fashion-MNIST images, %d epochs (%d iterations each), tested on %d%n", arm.name(),
                p.trainImages(), p.epochs(), p.iterationsPerEpoch(), p.testImages());
        out.printf("%-6s %12s %12s %10s %10s%n", "seed", "test acc.", "running BN", "loss", "SNR L1");
        for (ImageTraining.Result x : r.runs()) {
            out.printf("%-6d %12.3f %12.3f %10.3f %10.3f%n", x.seed(), x.testAccuracy(), x.runningStatsAccuracy(),
                    x.trainLoss(), x.weightSnr());
        }
        out.printf("mean   %12.3f %12.3f   (sd %.3f)%n", r.meanAccuracy(), r.meanRunningStatsAccuracy(), r.sdAccuracy());
        out.flush();
        return r;
    }
}
