package org.neurotheory.bioplausible.hsic.experiments;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.random.Seeds;

/**
 * Table 1 of the paper, Fashion-MNIST row: test accuracy of the ten methods (backprop, readout
 * only on a random network, and pHSIC with the cosine or Gaussian kernel in the three processing
 * modes), mean and standard deviation over seeds, beside the paper's full-scale numbers. Quick
 * scale runs the smoke protocol (20,000 images, 3 x 256, 3 epochs), paper scale the paper's
 * protocol (3 x 1024, 100 epochs, 5 seeds); {@link Protocol#reduced()} sits between.
 *
 * <p>Checks are only those the protocol resolves: pHSIC layers learn (every pHSIC variant beats
 * readout-only training with at least 10 epochs on all images, the Gaussian grp variant already on
 * the smoke protocol; per-layer losses negative and falling), and with at least 10 epochs every
 * pHSIC variant lies within a few points of backprop. The ordering among pHSIC variants (the
 * benefit of grouping) needs the full protocol and is not checked below it.
 */
public final class Table1Methods implements FigureSpec {
    /** Fashion-MNIST test accuracy (%) of Table 1 of the paper, in {@link Table1Method} order. */
    public static final double[] PAPER_FMNIST = {90.2, 90.8, 83.3, 85.7, 86.3, 88.7, 88.1, 86.5, 88.6, 88.8};

    /**
     * @param protocol the training protocol
     * @param methods  the methods to run, in table order
     */
    public record Params(Protocol protocol, List<Table1Method> methods) {
        public Params {
            Require.nonNull("protocol", protocol);
            Require.nonNull("methods", methods);
            Require.positive("methods.size()", methods.size());
            methods = List.copyOf(methods);
        }

        /** Smoke protocol, all ten methods, one seed. */
        public static Params quick() {
            return new Params(Protocol.smoke(), List.of(Table1Method.values()));
        }

        /** Reduced protocol (60,000 images, 3 x 256, 10 epochs, three seeds), all ten methods. */
        public static Params reduced() {
            return new Params(Protocol.reduced(), List.of(Table1Method.values()));
        }

        /** The paper's protocol, all ten methods, five seeds. */
        public static Params paper() {
            return new Params(Protocol.paper(), List.of(Table1Method.values()));
        }
    }

    @Override
    public String key() {
        return "table1";
    }

    @Override
    public String title() {
        return "Table 1 (Fashion-MNIST): test accuracy of pHSIC layer-wise learning, backprop and readout-only training";
    }

    @Override
    public java.util.List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> render(FigureData data) {
        var charts = Legends.place(org.neurotheory.core.figure.FigureRenderer.charts(data), 0,
                org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        return Legends.place(charts, 1, org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        return compute(scale.pick(Params.quick(), Params.paper()), seed);
    }

    /** Runs every method for every seed and tabulates. */
    public FigureData compute(Params p, long seed) {
        Protocol pr = p.protocol();
        ImageDataset train = FashionMnist.load(Split.TRAIN, pr.trainImages());
        ImageDataset test = FashionMnist.load(Split.TEST);
        List<List<MethodRun>> runs = new ArrayList<>();
        for (Table1Method m : p.methods()) {
            List<MethodRun> perSeed = new ArrayList<>();
            for (int s = 0; s < pr.seeds(); s++) {
                perSeed.add(MethodRun.train(m, pr.mlp(), pr.epochs(), pr.batch(), pr.milestones(), train, test,
                        Seeds.derive(seed, s)));
            }
            runs.add(perSeed);
        }
        return tabulate(p, runs);
    }

    /** The figure data and checks from finished runs ({@code runs.get(i)} = seeds of method i). */
    public FigureData tabulate(Params p, List<List<MethodRun>> runs) {
        FigureData data = new FigureData(title());
        data.parameters(p);
        int n = p.methods().size();
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] paper = new double[n];
        StringBuilder table = new StringBuilder("method | reproduction (mean +- sd over seeds) | paper, full scale\n");
        for (int i = 0; i < n; i++) {
            Table1Method m = p.methods().get(i);
            double[] acc = runs.get(i).stream().mapToDouble(MethodRun::finalAccuracy).toArray();
            x[i] = i + 1;
            mean[i] = mean(acc);
            sd[i] = sd(acc);
            paper[i] = PAPER_FMNIST[m.ordinal()];
            table.append(String.format("%s | %.1f +- %.1f | %.1f%n", m.label(), mean[i], sd[i], paper[i]));
        }
        data.note(table.toString());
        Panel a = data.panel("a", "method (1-2 backprop, 3-4 last layer, 5-7 cossim, 8-10 Gaussian)",
                "test accuracy (%)");
        a.markers("reproduction (mean over seeds)", x, mean);
        a.markers("paper (3 x 1024; 100 epochs)", x, paper);
        Panel b = data.panel("b", "epoch", "local objective (E1), mean over layers");
        for (int i = 0; i < n; i++) {
            Table1Method m = p.methods().get(i);
            if (m.training() == Table1Method.Training.PHSIC) {
                double[][] l = runs.get(i).get(0).layerLoss();
                double[] ep = new double[l.length];
                double[] v = new double[l.length];
                for (int e = 0; e < l.length; e++) {
                    ep[e] = e + 1;
                    v[e] = mean(l[e]);
                }
                b.line(m.label(), ep, v);
            }
        }
        addChecks(data, p, runs);
        return data;
    }

    private static void addChecks(FigureData data, Params p, List<List<MethodRun>> runs) {
        double readoutOnly = Double.NaN;
        double backprop = Double.NaN;
        for (int i = 0; i < p.methods().size(); i++) {
            Table1Method m = p.methods().get(i);
            double acc = runs.get(i).stream().mapToDouble(MethodRun::finalAccuracy).average().orElse(Double.NaN);
            if (m == Table1Method.LAST_LAYER) {
                readoutOnly = acc;
            }
            if (m == Table1Method.BACKPROP) {
                backprop = acc;
            }
        }
        boolean full = p.protocol().epochs() >= 10 && p.protocol().trainImages() == 60_000;
        for (int i = 0; i < p.methods().size(); i++) {
            Table1Method m = p.methods().get(i);
            if (m.training() != Table1Method.Training.PHSIC) {
                continue;
            }
            double acc = runs.get(i).stream().mapToDouble(MethodRun::finalAccuracy).average().orElse(Double.NaN);
            // smoke protocol: only Gaussian grp was measured beforehand (72.7 vs 65.5 in an independent
            // NumPy run); slow starters such as cossim grp+div (readout lr 5e-4, 56% after one full
            // epoch there) need more epochs. The reduced protocol gives 13-14 points for every variant,
            // so 3 points (smoke) and 8 points (>= 10 epochs on all images) leave margin.
            if (!Double.isNaN(readoutOnly) && (full || m == Table1Method.GAUSSIAN_GRP)) {
                double margin = full ? 8.0 : 3.0;
                data.check(Check.atLeast(m.label() + ": accuracy above readout-only + " + margin + " points",
                        readoutOnly + margin, acc, 0));
            }
            if (full && !Double.isNaN(backprop)) {
                // reduced protocol: pHSIC 1.3-2.5 points below backprop (one seed, spread 1.2 points)
                data.check(Check.atLeast(m.label() + ": within 4 points of backprop", backprop - 4.0, acc, 0));
            }
            for (MethodRun r : runs.get(i)) {
                double[][] l = r.layerLoss();
                for (int k = 0; k < l[0].length; k++) {
                    double first = l[0][k];
                    double last = l[l.length - 1][k];
                    data.check(Check.holds(m.label() + ", layer " + (k + 1) + ": loss negative in the last epoch ("
                            + String.format("%.4f", last) + ")", last < 0));
                    data.check(Check.atMost(m.label() + ", layer " + (k + 1) + ": last-epoch loss below first-epoch loss",
                            first, last, 0));
                }
            }
        }
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
