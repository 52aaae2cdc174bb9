package org.neurotheory.bioplausible.conv.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist;
import org.neurotheory.bioplausible.conv.model.HebbianSleep;
import org.neurotheory.bioplausible.conv.model.SharingSchedule;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;

/**
 * Table 1 of Pogodin et al. 2021 at reduced scale: test accuracy of the arms conv, LC, LC + instant
 * weight sharing every {1, 10, 100} iterations, LC + Hebbian sleep and LC + repeated translations
 * on shifted Fashion-MNIST (the paper uses ResNet-20 on CIFAR-10/100 and TinyImageNet), mean and
 * standard deviation over seeds. (a) Test accuracy per arm with the batch-norm statistics recomputed
 * after training, each seed and the mean, and the mean with the running statistics as training left
 * them. (b) The paper's weight SNR of the first LC layer.
 */
public final class Table1Arms implements FigureSpec {
    private static final String AXIS = "arm (sh f: sharing every f iterations; tr n: n translated copies)";

    /**
     * Parameters.
     *
     * @param protocol   data, network and training
     * @param shareEvery sharing frequencies of the instant-sharing arms (iterations)
     * @param sleepEvery iterations between sleep phases of the sleep arm
     * @param sleep      the sleep phase
     * @param nRep       translated copies per image of the translation arm
     * @param shift      largest shift of a copy (pixels)
     */
    public record Params(ImageProtocol protocol, int[] shareEvery, int sleepEvery, HebbianSleep.Params sleep, int nRep,
                         int shift) {
        public Params {
            Require.nonNull("protocol", protocol);
            Require.that(shareEvery != null && shareEvery.length > 0, "shareEvery", shareEvery == null ? "null" : 0,
                    "must list at least one frequency");
            for (int f : shareEvery) {
                Require.positive("shareEvery[i]", f);
            }
            shareEvery = shareEvery.clone();
            Require.positive("sleepEvery", sleepEvery);
            Require.nonNull("sleep", sleep);
            Require.positive("nRep", nRep);
            Require.inRange("shift", shift, 0, 8);
        }

        /** About a minute: 300 images, 2 epochs, one seed, 4 translations, short sleep phases. */
        public static Params quick() {
            return new Params(new ImageProtocol(300, 300, new int[] {8, 16, 32}, true, 2, 32, 3e-3, 1, 123),
                    new int[] {1, 10, 100}, 10, HebbianSleep.Params.paper().withSize(10, 16), 4, 4);
        }

        /** The setting chosen by the exploration (see the docs page), two seeds. */
        public static Params paper() {
            return new Params(new ImageProtocol(1000, 1000, new int[] {8, 16, 32}, true, 4, 32, 3e-3, 2, 123),
                    new int[] {1, 10, 100}, 10, HebbianSleep.Params.paper().withSize(20, 32), 4, 4);
        }

        @Override
        public int[] shareEvery() {
            return shareEvery.clone();
        }

        /** The arms in table order. */
        public List<ImageArm> arms() {
            List<ImageArm> arms = new ArrayList<>(List.of(ImageArm.conv(), ImageArm.lc()));
            for (int f : shareEvery) {
                arms.add(ImageArm.lcShared(f));
            }
            arms.add(ImageArm.lcSleep(sleepEvery, sleep));
            arms.add(ImageArm.lcTranslated(nRep, shift));
            return arms;
        }

        @Override
        public String toString() {
            return "Params[protocol=" + protocol + ", shareEvery=" + Arrays.toString(shareEvery)
                    + ", sleepEvery=" + sleepEvery + ", sleep=" + sleep + ", nRep=" + nRep + ", shift=" + shift + "]";
        }
    }

    @Override
    public String key() {
        return "table1";
    }

    @Override
    public String title() {
        return "Table 1 (reduced): test accuracy of conv, LC, LC + weight sharing, LC + sleep, LC + translations";
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        return compute(scale.pick(Params.quick(), Params.paper()), seed);
    }

    /** Trains every arm for every seed and tabulates. */
    public FigureData compute(Params p, long seed) {
        ShiftedFashionMnist data = p.protocol().data();
        return tabulate(p, ArmRuns.trainAll(p.arms(), p.protocol(), data, seed));
    }

    /** The figure data and checks from finished runs, in {@link Params#arms()} order. */
    public FigureData tabulate(Params p, List<ArmRuns> runs) {
        FigureData data = new FigureData(title());
        data.parameters(p);
        int n = runs.size();
        String[] names = new String[n];
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] running = new double[n];
        StringBuilder table = new StringBuilder(
                "arm | test accuracy, mean +- sd | with running statistics | last-epoch loss | weight SNR (layer 1)\n");
        for (int i = 0; i < n; i++) {
            ArmRuns r = runs.get(i);
            names[i] = shortName(r.arm());
            x[i] = i;
            mean[i] = r.meanAccuracy();
            running[i] = r.meanRunningStatsAccuracy();
            table.append(String.format("%s | %.3f +- %.3f | %.3f | %.3f | %.3f%n", r.arm().name(), mean[i],
                    r.sdAccuracy(), running[i], r.meanTrainLoss(), r.meanWeightSnr()));
        }
        data.note(table.toString());
        data.note("iterations per epoch: " + p.protocol().iterationsPerEpoch()
                + "; sharing restarts with the epoch, so a frequency above it shares once per epoch");
        Panel a = data.panel("a: test accuracy", AXIS, "test accuracy").title("a", "test accuracy by arm")
                .categoriesX(names);
        int seeds = runs.get(0).runs().size();
        for (int s = 0; s < seeds; s++) {
            double[] acc = new double[n];
            for (int i = 0; i < n; i++) {
                acc[i] = runs.get(i).accuracies()[s];
            }
            a.markers("seed " + (s + 1), shifted(x, -Panel.SIDE_BY_SIDE), acc);
            a.mark("seed " + (s + 1), Panel.Mark.CIRCLE);
        }
        a.markers("mean over seeds", x, mean).mark("mean over seeds", Panel.Mark.DIAMOND);
        a.markers("mean with running BN statistics", shifted(x, Panel.SIDE_BY_SIDE), running).mark("mean with running BN statistics", Panel.Mark.TRIANGLE);
        a.referenceLine("chance", 0, n - 1, 0.1);
        Panel b = data.panel("b: weight SNR", AXIS, "log10 weight SNR, first LC layer").title("b", "weight SNR of the locally connected arms")
                .categoriesX(names);
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (runs.get(i).arm().locallyConnected()) {
                bx.add(x[i]);
                by.add(Math.log10(runs.get(i).meanWeightSnr()));
            }
        }
        b.markers("mean over seeds", bx.stream().mapToDouble(Double::doubleValue).toArray(),
                by.stream().mapToDouble(Double::doubleValue).toArray())
                .mark("mean over seeds", Panel.Mark.DIAMOND);
        ImageChecks.table(data, p, runs);
        return data;
    }

    private static double[] shifted(double[] x, double by) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + by;
        }
        return out;
    }

    /** Axis label of an arm: conv, LC, sh f (sharing every f), sleep f, tr n (n translated copies). */
    static String shortName(ImageArm arm) {
        if (arm.sharing() != null) {
            return (arm.sharing().mode() == SharingSchedule.Mode.INSTANT
                    ? "sh " : "sleep ") + arm.sharing().frequency();
        }
        if (arm.nRep() > 1 || arm.maxShift() > 0) {
            return "tr " + arm.nRep();
        }
        return arm.locallyConnected() ? "LC" : "conv";
    }

    @Override
    public List<Chart<?, ?>> render(FigureData data) {
        List<Chart<?, ?>> charts = FigureRenderer.charts(data);
        SeriesColours.apply(charts, List.of("seed ", "mean over seeds", "running"));
        SeriesColours.legend(charts.get(0), Styler.LegendPosition.OutsideS);
        return charts;
    }
}
