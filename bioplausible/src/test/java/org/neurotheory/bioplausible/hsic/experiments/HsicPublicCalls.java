package org.neurotheory.bioplausible.hsic.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurotheory.bioplausible.hsic.model.BottleneckObjective;
import org.neurotheory.bioplausible.hsic.model.GaussianKernel;
import org.neurotheory.bioplausible.hsic.model.HebbianRule;
import org.neurotheory.bioplausible.hsic.model.LabelKernel;
import org.neurotheory.bioplausible.hsic.model.LeakyReluLayer;
import org.neurotheory.bioplausible.hsic.model.LocalHsicLoss;
import org.neurotheory.bioplausible.hsic.model.ThirdFactor;
import org.neurotheory.bioplausible.hsic.model.TwoPointRule;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.random.Seeds;

/**
 * The principle that every plotted quantity is one public call away, figure by figure: a headline
 * quantity of each quick figure recomputed through the public calls the docs page names (never
 * through the figure class; only its {@code Params} presets and seed derivation are reused) and
 * compared with the figure's CSV ({@link FigureExporter#csv}). Same arithmetic in the same order,
 * so the comparisons are exact. Called by {@link HsicFiguresTest} on the figure data it computes
 * anyway, in the registry's order (fig1, fig2, table1): the one extra training run (fig1's pHSIC
 * network, about 10 s of CPU) is also the Gaussian grp column of table1, which the same seed trains.
 */
final class HsicPublicCalls {
    /** fig1's pHSIC run, recomputed through {@link MethodRun#train}; table1's Gaussian grp column at quick scale. */
    private static MethodRun phsicRun;

    private HsicPublicCalls() {
    }

    static void verify(FigureSpec figure, FigureData data, long seed) {
        String csv = FigureExporter.csv(data);
        if (figure instanceof Fig1LayerwiseVsBackprop) {
            fig1(csv, seed);
        } else if (figure instanceof Fig2TwoPointRule) {
            fig2(csv, seed);
        } else if (figure instanceof Table1Methods) {
            table1(csv);
        }
    }

    /**
     * fig1: panel a, every layer's mean objective per epoch, {@code MethodRun.layerLoss()[e][k]};
     * panel b, the pHSIC curve, {@code MethodRun.testAccuracy()}; from {@code MethodRun.train} at
     * the smoke protocol with seed {@code Seeds.derive(seed, 0)}.
     */
    private static void fig1(String csv, long seed) {
        var p = Fig1LayerwiseVsBackprop.Params.quick();
        Protocol pr = p.protocol();
        MethodRun run = MethodRun.train(p.method(), pr.mlp(), pr.epochs(), pr.batch(), pr.milestones(),
                FashionMnist.load(Split.TRAIN, pr.trainImages()), FashionMnist.load(Split.TEST), Seeds.derive(seed, 0));
        phsicRun = run;
        for (int k = 0; k < pr.mlp().depth(); k++) {
            double[] v = new double[pr.epochs()];
            for (int e = 0; e < v.length; e++) {
                v[e] = run.layerLoss()[e][k];
            }
            assertArrayEquals(v, column(csv, "a", "layer " + (k + 1)), 0.0, "fig1 a, layer " + (k + 1));
        }
        assertArrayEquals(run.testAccuracy(), column(csv, "b", "pHSIC " + p.method().label()), 0.0, "fig1 b, pHSIC");
    }

    /**
     * fig2: both curves of both panels (held-out objective and pHSIC(Y,Z) against inputs seen), from
     * {@link ToyClusters}, {@link LeakyReluLayer}, {@link TwoPointRule#step} (online) and
     * {@link HebbianRule#ungrouped} with {@link ThirdFactor#matrix} (batch rule), scored with
     * {@link LocalHsicLoss#evaluate} on the held-out batch at the plotted numbers of inputs.
     */
    private static void fig2(String csv, long seed) {
        var p = Fig2TwoPointRule.Params.quick();
        double slope = Fig2TwoPointRule.SLOPE;
        ToyClusters toy = new ToyClusters(p.classes(), p.inputs(), Seeds.derive(seed, 0));
        double[][] wOnline = LeakyReluLayer.uniformWeights(p.width(), p.inputs(), Seeds.derive(seed, 1));
        double[][] wBatch = LeakyReluLayer.uniformWeights(p.width(), p.inputs(), Seeds.derive(seed, 1));
        ToyClusters.Batch eval = toy.balanced(p.heldOut(), Seeds.derive(seed, 2));
        GaussianKernel kernel = new GaussianKernel(p.sigma());
        LocalHsicLoss loss = LocalHsicLoss.ungrouped(kernel, new BottleneckObjective(p.gamma()));
        INDArray evalKy = LabelKernel.matrix(eval.y(), p.classes(), DataType.DOUBLE);
        double[] seen = column(csv, "a", "online two-point rule", true);
        assertEquals(p.points(), seen.length, "fig2 evaluation points");
        List<double[]> online = new ArrayList<>();
        List<double[]> batch = new ArrayList<>();
        TwoPointRule rule = new TwoPointRule(kernel, p.gamma(), slope, p.rate());
        SplittableRandom stream = Seeds.stream(Seeds.derive(seed, 3));
        double[] prevX = null;
        int prevY = -1;
        double[][] bx = new double[p.batch()][];
        int[] by = new int[p.batch()];
        int point = 0;
        for (int t = 0; point < seen.length; t++) {
            if (t == seen[point]) {
                online.add(score(loss, wOnline, eval, evalKy, slope));
                batch.add(score(loss, wBatch, eval, evalKy, slope));
                point++;
                if (point == seen.length) {
                    break;
                }
            }
            int y = stream.nextInt(p.classes());
            double[] x = toy.sample(y, stream);
            if (prevX != null) {
                rule.step(wOnline, x, prevX, y == prevY, p.classes(), p.etaOnline());
            }
            prevX = x;
            prevY = y;
            bx[t % p.batch()] = x;
            by[t % p.batch()] = y;
            if (t % p.batch() == p.batch() - 1) {
                double[][] u = LeakyReluLayer.preActivity(wBatch, bx);
                INDArray ky = LabelKernel.matrix(by, p.classes(), DataType.DOUBLE);
                double[][] m = ThirdFactor.matrix(kernel.matrix(LeakyReluLayer.activity(u, slope)), ky, p.gamma())
                        .toDoubleMatrix();
                double[][] dw = HebbianRule.ungrouped(bx, u, slope, m, kernel, p.etaBatch());
                for (int a = 0; a < wBatch.length; a++) {
                    for (int b = 0; b < wBatch[a].length; b++) {
                        wBatch[a][b] += dw[a][b];
                    }
                }
            }
        }
        String[] names = {"online two-point rule", "batch rule (all pairs)"};
        List<List<double[]>> curves = List.of(online, batch);
        for (int c = 0; c < 2; c++) {
            List<double[]> curve = curves.get(c);
            for (int q = 0; q < 2; q++) {
                int col = q;
                double[] v = curve.stream().mapToDouble(r -> r[col]).toArray();
                String panel = q == 0 ? "a" : "b";
                assertArrayEquals(v, column(csv, panel, names[c]), 0.0, "fig2 " + panel + ", " + names[c]);
            }
        }
    }

    /** Held-out objective (E1) and pHSIC(Y,Z) of the layer with weights {@code w}. */
    private static double[] score(LocalHsicLoss loss, double[][] w, ToyClusters.Batch eval, INDArray evalKy, double slope) {
        LocalHsicLoss.Result r = loss.evaluate(LeakyReluLayer.activity(LeakyReluLayer.preActivity(w, eval.x()), slope), evalKy);
        return new double[] {r.loss(), r.labelDependence()};
    }

    /**
     * table1: the paper's column, {@code Table1Dataset.FASHION_MNIST.paper(method)}; the Gaussian grp
     * column (panel a) and its layer-mean objective per epoch (panel b), from the {@code MethodRun.train}
     * run made for fig1 (the same method, protocol and seed {@code Seeds.derive(seed, 0)}).
     */
    private static void table1(String csv) {
        double[] x = column(csv, "a", "paper (3 x 1024; 100 epochs)", true);
        double[] paper = column(csv, "a", "paper (3 x 1024; 100 epochs)");
        assertEquals(Table1Method.values().length, paper.length);
        for (int i = 0; i < paper.length; i++) {
            Table1Method m = Table1Method.values()[(int) x[i]]; // drawn a little right of its method's x = index
            assertEquals(Table1Dataset.FASHION_MNIST.paper(m), paper[i], 0.0, "table1 paper column, " + m.label());
        }
        assertTrue(phsicRun != null, "fig1 runs before table1 in the registry and trains the Gaussian grp run");
        double[] reproduction = column(csv, "a", "reproduction (mean over seeds)");
        assertEquals(phsicRun.finalAccuracy(), reproduction[Table1Method.GAUSSIAN_GRP.ordinal()], 0.0,
                "table1 a, Gaussian grp");
        double[][] l = phsicRun.layerLoss();
        double[] layerMean = new double[l.length];
        for (int e = 0; e < l.length; e++) {
            double s = 0;
            for (double v : l[e]) {
                s += v;
            }
            layerMean[e] = s / l[e].length;
        }
        assertArrayEquals(layerMean, column(csv, "b", Table1Method.GAUSSIAN_GRP.label()), 0.0, "table1 b, Gaussian grp");
    }

    private static double[] column(String csv, String panel, String series) {
        return column(csv, panel, series, false);
    }

    /** The y (or x) values of one series of the long-format CSV {@code panel,series,x,y,z}. */
    private static double[] column(String csv, String panel, String series, boolean x) {
        String prefix = panel + "," + series + ",";
        double[] v = csv.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).split(",", -1)[x ? 0 : 1]))
                .toArray();
        assertTrue(v.length > 0, "no series '" + series + "' in panel " + panel);
        return v;
    }
}
