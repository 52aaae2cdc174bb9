package org.neurotheory.bioplausible.hsic.experiments;

import static org.neurotheory.core.sweep.SeedReplicates.mean;
import static org.neurotheory.core.sweep.SeedReplicates.sd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.neurotheory.core.Require;
import org.neurotheory.core.data.DatasetCatalog;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.figure.Check;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureRenderer;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Panel;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.progress.Progress;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.sweep.FinishedRuns;
import org.neurotheory.core.sweep.ResumeDirectory;
import org.neurotheory.core.sweep.SeedReplicates;

/**
 * Table 1 of the paper: test accuracy of the ten methods (backprop, readout only on a random
 * network, and pHSIC with the cosine or Gaussian kernel in the three processing modes), mean and
 * standard deviation over seeds, beside the paper's full-scale numbers, one row per dataset. The
 * Fashion-MNIST row always runs (from core's dataset catalog, downloading if allowed); the MNIST,
 * Kuzushiji-MNIST and CIFAR-10 rows of {@link Params#datasets()} run when the catalog finds their
 * files, and the figure notes say which rows were left out and why. Quick scale runs the smoke
 * protocol (20,000 images, 3 x 256, 3 epochs) on Fashion-MNIST, paper scale the paper's protocol
 * (3 x 1024, 100 epochs, 5 seeds) on all four; {@link Params#reduced()} sits between.
 *
 * <p>Checks (Fashion-MNIST row only, the row whose numbers at these scales were measured
 * beforehand) are only those the protocol resolves: pHSIC layers learn (every pHSIC variant beats
 * readout-only training with at least 10 epochs on all images, the Gaussian grp variant already on
 * the smoke protocol; per-layer losses negative and falling), and with at least 10 epochs every
 * pHSIC variant lies within a few points of backprop. The ordering among pHSIC variants (the
 * benefit of grouping) needs the full protocol and is not checked below it.
 */
public final class Table1Methods implements FigureSpec {
    /** How far (in methods) panel a draws the single seeds left of their method and the paper's value right of it. */
    private final DatasetCatalog catalog;

    /** The table with the datasets of this JVM's catalog ({@link DatasetCatalog#standard()}). */
    public Table1Methods() {
        this(DatasetCatalog.standard());
    }

    /** The table with the datasets of {@code catalog}. */
    public Table1Methods(DatasetCatalog catalog) {
        this.catalog = Require.nonNull("catalog", catalog);
    }

    /**
     * @param protocol the training protocol
     * @param methods  the methods to run, in table order
     * @param datasets the rows, Fashion-MNIST first if present; the others run when their files are found
     */
    public record Params(Protocol protocol, List<Table1Method> methods, List<Table1Dataset> datasets) {
        public Params {
            Require.nonNull("protocol", protocol);
            Require.nonNull("methods", methods);
            Require.positive("methods.size()", methods.size());
            methods = List.copyOf(methods);
            Require.nonNull("datasets", datasets);
            Require.positive("datasets.size()", datasets.size());
            datasets = List.copyOf(datasets);
            Require.that(datasets.stream().distinct().count() == datasets.size(), "datasets", datasets, "must not repeat a dataset");
        }

        /** The Fashion-MNIST row only. */
        public Params(Protocol protocol, List<Table1Method> methods) {
            this(protocol, methods, List.of(Table1Dataset.FASHION_MNIST));
        }

        /** Smoke protocol, all ten methods, one seed, Fashion-MNIST. */
        public static Params quick() {
            return new Params(Protocol.smoke(), List.of(Table1Method.values()));
        }

        /** Reduced protocol (60,000 images, 3 x 256, 10 epochs, three seeds), all ten methods, all four rows. */
        public static Params reduced() {
            return new Params(Protocol.reduced(), List.of(Table1Method.values()), ALL_ROWS);
        }

        /** The paper's protocol, all ten methods, five seeds, all four rows. */
        public static Params paper() {
            return new Params(Protocol.paper(), List.of(Table1Method.values()), ALL_ROWS);
        }

        /** A copy with other rows. */
        public Params withDatasets(List<Table1Dataset> d) {
            return new Params(protocol, methods, d);
        }
    }

    private static final List<Table1Dataset> ALL_ROWS = List.of(Table1Dataset.FASHION_MNIST, Table1Dataset.MNIST,
            Table1Dataset.KMNIST, Table1Dataset.CIFAR10);

    @Override
    public String key() {
        return "table1";
    }

    @Override
    public String title() {
        return "Table 1: test accuracy of pHSIC layer-wise learning, backprop and readout-only training";
    }

    @Override
    public List<Chart<?, ?>> render(FigureData data) {
        var charts = Legends.place(FigureRenderer.charts(data), 0,
                Styler.LegendPosition.OutsideS);
        // panel b (the pHSIC objectives) is there when the table has a pHSIC method
        return charts.size() < 2 ? charts : Legends.place(charts, 1, Styler.LegendPosition.OutsideS);
    }

    @Override
    public FigureData compute(Scale scale, long seed) {
        Params p = scale.pick(Params.quick(), Params.paper());
        // paper scale (about 40 min per run): each finished run is kept on disk and each running one
        // checkpoints after every epoch, so a killed run resumes at its last epoch
        return compute(p, seed, store(scale, p, seed));
    }

    /**
     * The Fashion-MNIST row of the paper-scale table (figure seed {@code seed}) from the runs finished so far
     * in the resume folder ({@link ResumeDirectory}: {@code reproduce}'s {@code --resume}, or
     * {@code -Dneurotheory.resume=DIR}), training nothing: every method with at least one finished run,
     * over the seeds finished. For a look at a run of many hours while it goes on; a note says how many
     * runs are in, and its checks compare the means so far.
     *
     * @throws IllegalArgumentException if no run of the table has finished there
     */
    public FigureData finishedSoFar(long seed) {
        Params p = Params.paper();
        FinishedRuns<MethodRun> store = store(Scale.PAPER, p, seed);
        List<Table1Method> methods = new ArrayList<>();
        List<List<MethodRun>> runs = new ArrayList<>();
        int found = 0;
        for (Table1Method m : p.methods()) {
            List<MethodRun> seeds = new ArrayList<>();
            for (int s = 0; s < p.protocol().seeds(); s++) {
                store.find(MethodRun.key(Table1Dataset.FASHION_MNIST, m, Seeds.derive(seed, s))).ifPresent(seeds::add);
            }
            if (!seeds.isEmpty()) {
                methods.add(m);
                runs.add(seeds);
                found += seeds.size();
            }
        }
        Require.that(found > 0, "finished runs", 0, "must be at least 1 (resume folder " + ResumeDirectory.get() + ")");
        Map<Table1Dataset, List<List<MethodRun>>> rows = new LinkedHashMap<>();
        rows.put(Table1Dataset.FASHION_MNIST, runs);
        return tabulate(new Params(p.protocol(), methods), rows, List.of(String.format(
                "finished so far: %d of %d runs of the Fashion-MNIST row; methods without a finished run are left out",
                found, p.methods().size() * p.protocol().seeds())));
    }

    /** Where {@code reproduce} keeps the finished runs of the table with {@code p} at figure seed {@code seed}. */
    private static FinishedRuns<MethodRun> store(Scale scale, Params p, long seed) {
        return FinishedRuns.forFigure(scale, "table1-seed" + seed, p, MethodRun.CODEC);
    }

    /** Runs every method for every seed on every available row and tabulates. */
    public FigureData compute(Params p, long seed) {
        return compute(p, seed, FinishedRuns.none());
    }

    private FigureData compute(Params p, long seed, FinishedRuns<MethodRun> finished) {
        Protocol pr = p.protocol();
        Map<Table1Dataset, List<List<MethodRun>>> rows = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Table1Dataset d : p.datasets()) {
            if (d != Table1Dataset.FASHION_MNIST && !d.present(catalog)) {
                skipped.add(d.label() + " row not run: the dataset catalog finds no " + d.dataset().title() + " files (point -D"
                        + DatasetCatalog.folderProperty(d.dataset()) + "=<folder> at a folder holding "
                        + String.join(", ", d.dataset().expectedFiles()) + ")");
                continue;
            }
            ImageDataset train = d.load(catalog, Split.TRAIN, pr.trainImages());
            ImageDataset test = d.load(catalog, Split.TEST, Integer.MAX_VALUE);
            // the independent runs spread over one thread per processor; each run is single-threaded
            // (core.nn's products run OpenBLAS on one thread), so the bytes do not depend on the count
            try (Progress runs = Progress.auto("table1, " + d.label() + ", runs left to train", finished.left(keys(p, d, seed)))) {
                FinishedRuns<MethodRun> store = finished.reportingTo(runs);
                rows.put(d, SeedReplicates.run(p.methods(), pr.seeds(), seed, (m, s) -> store.trainOrResume(MethodRun.key(d, m, s),
                        ck -> MethodRun.train(m, d, pr.mlp(d), pr.epochs(), pr.batch(), pr.milestones(), train, test, s, ck))));
            }
        }
        return tabulate(p, rows, skipped);
    }

    /** The names of the runs of row {@code d} (the seeds are {@link SeedReplicates}'s). */
    private static List<String> keys(Params p, Table1Dataset d, long seed) {
        List<String> keys = new ArrayList<>();
        for (Table1Method m : p.methods()) {
            for (int s = 0; s < p.protocol().seeds(); s++) {
                keys.add(MethodRun.key(d, m, Seeds.derive(seed, s)));
            }
        }
        return keys;
    }

    /** The figure data and checks from finished Fashion-MNIST runs ({@code runs.get(i)} = seeds of method i). */
    public FigureData tabulate(Params p, List<List<MethodRun>> runs) {
        Map<Table1Dataset, List<List<MethodRun>>> rows = new LinkedHashMap<>();
        rows.put(Table1Dataset.FASHION_MNIST, runs);
        return tabulate(p, rows, List.of());
    }

    /**
     * The figure data and checks from finished runs, one entry per row that ran
     * ({@code rows.get(d).get(i)} = seeds of method i on dataset d); {@code skipped} are notes on
     * the rows that did not run.
     */
    public FigureData tabulate(Params p, Map<Table1Dataset, List<List<MethodRun>>> rows, List<String> skipped) {
        Require.that(!rows.isEmpty(), "rows", rows, "must hold at least one dataset");
        FigureData data = new FigureData(title());
        data.parameters(p);
        int n = p.methods().size();
        StringBuilder table = new StringBuilder("dataset | method | reproduction (mean +- sd over seeds) | paper, full scale\n");
        Panel a = data.panel("a", Table1Method.SHORT_LABEL_KEY, "test accuracy (%)")
                .categoriesX(p.methods().stream().map(Table1Method::shortLabel).toArray(String[]::new))
                .title("a", "test accuracy by method");
        for (Map.Entry<Table1Dataset, List<List<MethodRun>>> row : rows.entrySet()) {
            Table1Dataset d = row.getKey();
            List<List<MethodRun>> runs = row.getValue();
            Require.that(runs.size() == n, "runs for " + d.label(), runs.size(), "must hold one list per method (" + n + ")");
            double[] x = new double[n];
            double[] xPaper = new double[n];
            double[] mean = new double[n];
            double[] paper = new double[n];
            for (int i = 0; i < n; i++) {
                Table1Method m = p.methods().get(i);
                double[] acc = runs.get(i).stream().mapToDouble(MethodRun::finalAccuracy).toArray();
                x[i] = i;
                xPaper[i] = i + Panel.SIDE_BY_SIDE;
                mean[i] = mean(acc);
                paper[i] = d.paper(m);
                table.append(String.format("%s | %s | %.1f +- %.1f | %.1f%n", d.label(), m.label(), mean[i], sd(acc), paper[i]));
            }
            String suffix = rows.size() == 1 && d == Table1Dataset.FASHION_MNIST ? "" : ": " + d.label();
            // at each method, side by side: each seed's accuracy (several seeds), the mean, the paper's
            if (runs.stream().anyMatch(r -> r.size() > 1)) {
                a.markers("single seeds" + suffix, IntStream.range(0, n).flatMap(i -> IntStream.range(0, runs.get(i).size())
                                .map(s -> i)).mapToDouble(i -> i - Panel.SIDE_BY_SIDE).toArray(),
                        runs.stream().flatMapToDouble(r -> r.stream().mapToDouble(MethodRun::finalAccuracy)).toArray());
            }
            a.markers("reproduction (mean over seeds)" + suffix, x, mean);
            a.markers("paper (3 x 1024; 100 epochs)" + suffix, xPaper, paper)
                    .mark("paper (3 x 1024; 100 epochs)" + suffix, Panel.Mark.DIAMOND);
        }
        for (String note : skipped) {
            table.append(note).append('\n');
        }
        data.note(table.toString());
        Map.Entry<Table1Dataset, List<List<MethodRun>>> first = rows.entrySet().iterator().next();
        boolean anyPhsic = p.methods().stream().anyMatch(m -> m.training() == Table1Method.Training.PHSIC);
        Panel b = !anyPhsic ? null : data.panel("b", "epoch", "objective (E1), layer mean"
                + (rows.size() > 1 ? " (" + first.getKey().label() + ")" : "")).title("b", "pHSIC methods' objective during training");
        for (int i = 0; i < n; i++) {
            Table1Method m = p.methods().get(i);
            if (m.training() == Table1Method.Training.PHSIC) {
                double[][] l = first.getValue().get(i).get(0).layerLoss();
                double[] ep = new double[l.length];
                double[] v = new double[l.length];
                for (int e = 0; e < l.length; e++) {
                    ep[e] = e + 1;
                    v[e] = mean(l[e]);
                }
                b.line(m.label(), ep, v);
            }
        }
        List<List<MethodRun>> fashion = rows.get(Table1Dataset.FASHION_MNIST);
        if (fashion != null) {
            addChecks(data, p, fashion);
        }
        return data;
    }

    private static void addChecks(FigureData data, Params p, List<List<MethodRun>> runs) {
        int n = p.methods().size();
        double[] mean = new double[n];
        double readoutOnly = Double.NaN;
        double backprop = Double.NaN;
        for (int i = 0; i < n; i++) {
            mean[i] = runs.get(i).stream().mapToDouble(MethodRun::finalAccuracy).average().orElse(Double.NaN);
            readoutOnly = p.methods().get(i) == Table1Method.LAST_LAYER ? mean[i] : readoutOnly;
            backprop = p.methods().get(i) == Table1Method.BACKPROP ? mean[i] : backprop;
        }
        boolean paper = p.protocol().isPaperProtocol();
        boolean full = !paper && p.protocol().epochs() >= 10 && p.protocol().trainImages() == 60_000;
        for (int i = 0; i < n && paper; i++) {
            // the paper's Table 1 (Fashion-MNIST row, mean of five runs) was measured with this protocol;
            // each mean is allowed Fig. 1's 1 point (several times the seed-to-seed spread of such MLPs,
            // 0.0-0.9 points at the reduced protocol; the two runs of Fig. 1 at this protocol landed within
            // 0.4 at seeds 1 and 2)
            Table1Method m = p.methods().get(i);
            data.check(Check.absolute(m.label() + ": test accuracy (%) against the paper's Table 1",
                    Table1Dataset.FASHION_MNIST.paper(m), mean[i], 1.0));
        }
        for (int i = 0; i < n; i++) {
            Table1Method m = p.methods().get(i);
            if (m.training() != Table1Method.Training.PHSIC) {
                continue;
            }
            double acc = mean[i];
            // above readout-only training. Paper's protocol: the paper's claim, with no margin (its own
            // margins are 3.0-5.5 points, since 3 x 1024 random features give the readout 83.3%). Smoke
            // protocol: only Gaussian grp was measured beforehand (72.7 vs 65.5 in an independent NumPy
            // run); slow starters such as cossim grp+div (readout lr 5e-4, 56% after one full epoch there)
            // need more epochs. The reduced protocol gives 13-14 points for every variant, so 3 points
            // (smoke) and 8 points (>= 10 epochs on all images) leave margin.
            if (!Double.isNaN(readoutOnly) && (paper || full || m == Table1Method.GAUSSIAN_GRP)) {
                double margin = paper ? 0 : full ? 8.0 : 3.0;
                data.check(Check.atLeast(m.label() + ": accuracy above readout-only" + (paper ? "" : " + " + margin + " points"),
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
}
