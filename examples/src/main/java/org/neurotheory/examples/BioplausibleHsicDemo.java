package org.neurotheory.examples;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.neurotheory.bioplausible.hsic.experiments.FashionMnist;
import org.neurotheory.bioplausible.hsic.experiments.MethodRun;
import org.neurotheory.bioplausible.hsic.experiments.Table1Method;
import org.neurotheory.bioplausible.hsic.model.Mlp;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * pHSIC (Pogodin and Latham, NeurIPS 2020): trains a 3-hidden-layer MLP on Fashion-MNIST with one
 * Table 1 method, every hidden layer by its own kernelized bottleneck objective
 * pHSIC(Z,Z) - 2 pHSIC(Y,Z) and no backward pass across layers, and prints per epoch each layer's
 * objective and the test accuracy. Compare {@code --method GAUSSIAN_GRP} with {@code BACKPROP} and
 * {@code LAST_LAYER} (random hidden layers, trained readout). jshell equivalent:
 * <pre>
 * import org.neurotheory.bioplausible.hsic.experiments.*; import org.neurotheory.bioplausible.hsic.model.*; import org.neurotheory.core.data.Split;
 * var run = MethodRun.train(Table1Method.GAUSSIAN_GRP, Mlp.paper().withWidth(256), 3, 256, new int[] {2}, FashionMnist.load(Split.TRAIN, 20000), FashionMnist.load(Split.TEST), 1);
 * run.finalAccuracy()   // about 74 (%); run.layerLoss() holds each layer's objective per epoch
 * </pre>
 */
@Command(name = "bioplausible-hsic-demo", mixinStandardHelpOptions = true,
        description = "Layer-local pHSIC training on Fashion-MNIST (arXiv 2006.07123, Table 1).")
public final class BioplausibleHsicDemo implements Callable<Integer> {
    @Option(names = "--method", description = "one of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Table1Method method = Table1Method.GAUSSIAN_GRP;
    @Option(names = "--width", description = "hidden units per layer (default ${DEFAULT-VALUE}; the paper: 1024)")
    int width = 256;
    @Option(names = "--epochs", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs = 3;
    @Option(names = "--milestones", split = ",", description = "epochs after which all rates are x0.25 (default ${DEFAULT-VALUE})")
    int[] milestones = {2};
    @Option(names = "--train-images", description = "first N training images (default ${DEFAULT-VALUE})")
    int trainImages = 20_000;
    @Option(names = "--seed", description = "seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BioplausibleHsicDemo()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImageDataset train = FashionMnist.load(Split.TRAIN, trainImages);
        ImageDataset test = FashionMnist.load(Split.TEST);
        out.printf("%s: 784 -> 3 x %d -> 10, %d training images, %d epochs, lr readout %.3g, local %.3g, groups %d%n",
                method.label(), width, train.size(), epochs, method.lro(), method.lrb(), method.groups());
        MethodRun run = MethodRun.train(method, Mlp.paper().withWidth(width), epochs, 256, milestones, train, test, seed);
        out.println("epoch   layer 1    layer 2    layer 3   test acc (%)   seconds");
        for (int e = 0; e < epochs; e++) {
            double[] l = run.layerLoss()[e];
            out.printf("%5d %9.4f %10.4f %10.4f %12.2f %11.1f%n", e + 1, l[0], l[1], l[2], run.testAccuracy()[e], run.seconds()[e]);
        }
        out.flush();
        return 0;
    }
}
