package org.neurotheory.bioplausible.conv.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;

/**
 * The augmentation curve of Pogodin et al. 2021 (Sec. 3, data augmentation by repeated
 * translations) at reduced scale: test accuracy of the LC network trained on {@code n} randomly
 * translated copies of every image (shifts up to {@code shift} pixels, official
 * {@code --n-repetitions}) against {@code n}, with the convolutional network and the LC network
 * without augmentation as reference lines, on shifted Fashion-MNIST. Each point is the mean over
 * seeds, with every seed shown.
 */
public final class Fig2AugmentationCurve implements FigureSpec {
    /**
     * Parameters.
     *
     * @param protocol data, network and training
     * @param nReps    numbers of translated copies, increasing
     * @param shift    largest shift of a copy (pixels)
     */
    public record Params(ImageProtocol protocol, int[] nReps, int shift) {
        public Params {
            Require.nonNull("protocol", protocol);
            Require.that(nReps != null && nReps.length > 0, "nReps", nReps == null ? "null" : 0, "must not be empty");
            for (int i = 0; i < nReps.length; i++) {
                Require.that(nReps[i] > 0 && (i == 0 || nReps[i] > nReps[i - 1]), "nReps[" + i + "]", nReps[i],
                        "must be positive and increasing");
            }
            nReps = nReps.clone();
            Require.inRange("shift", shift, 0, 8);
        }

        /** About a minute: 300 images, 2 epochs, one seed, n in {1, 2, 4}. */
        public static Params quick() {
            return new Params(new ImageProtocol(300, 300, new int[] {8, 16, 32}, true, 2, 32, 3e-3, 1, 123),
                    new int[] {1, 2, 4}, 4);
        }

        /** The setting chosen by the exploration (see the docs page), two seeds, n in {1, 2, 4}. */
        public static Params paper() {
            return new Params(new ImageProtocol(1000, 1000, new int[] {8, 16, 32}, true, 4, 32, 3e-3, 2, 123),
                    new int[] {1, 2, 4}, 4);
        }

        @Override
        public int[] nReps() {
            return nReps.clone();
        }

        @Override
        public String toString() {
            return "Params[protocol=" + protocol + ", nReps=" + Arrays.toString(nReps) + ", shift=" + shift + "]";
        }
    }

    @Override
    public String key() {
        return "fig2";
    }

    @Override
    public String title() {
        return "Fig. 2 (reduced): LC test accuracy against the number of translated copies per image";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        return compute(scale.pick(Params.quick(), Params.paper()), seed);
    }

    /** Trains conv, LC and LC + n translations for every n and seed. */
    public FigureData compute(Params p, long seed) {
        ShiftedFashionMnist data = p.protocol().data();
        List<ImageArm> arms = new ArrayList<>(List.of(ImageArm.conv(), ImageArm.lc()));
        for (int n : p.nReps()) {
            arms.add(ImageArm.lcTranslated(n, p.shift()));
        }
        List<ArmRuns> runs = ArmRuns.trainAll(arms, p.protocol(), data, seed);
        return tabulate(p, runs.get(0), runs.get(1), runs.subList(2, runs.size()));
    }

    /** The figure data and checks from finished runs ({@code translated} in {@code nReps} order). */
    public FigureData tabulate(Params p, ArmRuns conv, ArmRuns lc, List<ArmRuns> translated) {
        FigureData data = new FigureData(title());
        data.parameters(p);
        int[] reps = p.nReps();
        double[] x = new double[reps.length];
        double[] mean = new double[reps.length];
        StringBuilder table = new StringBuilder("arm | test accuracy, mean +- sd | last-epoch loss\n");
        table.append(String.format("conv | %.3f +- %.3f | %.3f%n", conv.meanAccuracy(), conv.sdAccuracy(),
                conv.meanTrainLoss()));
        table.append(String.format("LC | %.3f +- %.3f | %.3f%n", lc.meanAccuracy(), lc.sdAccuracy(), lc.meanTrainLoss()));
        for (int i = 0; i < reps.length; i++) {
            x[i] = reps[i];
            mean[i] = translated.get(i).meanAccuracy();
            table.append(String.format("LC + %d translations | %.3f +- %.3f | %.3f%n", reps[i], mean[i],
                    translated.get(i).sdAccuracy(), translated.get(i).meanTrainLoss()));
        }
        data.note(table.toString());
        Panel a = data.panel("a: test accuracy", "translated copies per image", "test accuracy").logX()
                .title("a", "augmentation by repeated translations");
        a.line("LC + translations (mean)", x, mean);
        int seeds = translated.get(0).runs().size();
        for (int s = 0; s < seeds; s++) {
            double[] acc = new double[reps.length];
            for (int i = 0; i < reps.length; i++) {
                acc[i] = translated.get(i).accuracies()[s];
            }
            a.markers("LC + translations: seed " + (s + 1), x, acc);
        }
        a.referenceLine("conv without augmentation (mean)", x[0], x[x.length - 1], conv.meanAccuracy());
        a.dashed("LC without augmentation (mean)", new double[] {x[0], x[x.length - 1]},
                new double[] {lc.meanAccuracy(), lc.meanAccuracy()});
        ImageChecks.augmentation(data, p, conv, lc, translated);
        return data;
    }

    @Override
    public List<Chart<?, ?>> render(FigureData data) {
        List<Chart<?, ?>> charts = FigureRenderer.charts(data);
        SeriesColours.apply(charts, List.of("LC + translations", "LC without", "conv"));
        SeriesColours.legend(charts.get(0), Styler.LegendPosition.OutsideS);
        return charts;
    }
}
