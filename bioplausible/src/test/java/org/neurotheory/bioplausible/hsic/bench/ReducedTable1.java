package org.neurotheory.bioplausible.hsic.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurotheory.bioplausible.hsic.experiments.FashionMnist;
import org.neurotheory.bioplausible.hsic.experiments.MethodRun;
import org.neurotheory.bioplausible.hsic.experiments.Protocol;
import org.neurotheory.bioplausible.hsic.experiments.Table1Method;
import org.neurotheory.bioplausible.hsic.experiments.Table1Methods;
import org.neurotheory.core.data.ImageDataset;
import org.neurotheory.core.data.Split;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.random.Seeds;
import org.neurotheory.core.testing.Assertions;

/**
 * Table 1 at the reduced protocol ({@link Table1Methods.Params#reduced()}) one (method, seed) run at
 * a time, each finished run saved as {@code DIR/METHOD-SEED.json}, so that a killed run resumes and
 * two processes can share the work; the same seeds as {@link Table1Methods#compute} with figure
 * seed 1. Jobs are ordered seed-major (every method at seed 0 first).
 * <pre>
 *   ReducedTable1 run DIR WORKER WORKERS   # the unfinished jobs j (numbered from 0 in job order at start)
 *                                          # with j % WORKERS == WORKER
 *   ReducedTable1 table DIR                # Table1Methods.tabulate over the finished runs; DIR/table1.png, .csv
 *   ReducedTable1 verify DIR METHOD SEED EPOCHS   # retrains the first EPOCHS epochs of a finished run and
 *                                          # compares accuracy and layer objectives bit for bit
 * </pre>
 * {@code verify} checks that the current code gives the same bytes as the code that made a stored run
 * (the first epochs do not depend on the total epoch count: no milestone falls before epoch 5).
 */
public final class ReducedTable1 {
    private static final long FIGURE_SEED = 1;

    private ReducedTable1() {
    }

    /** One (method, seed) run of the table. */
    private record Job(Table1Method method, int seed) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        Protocol pr = Protocol.reduced();
        if (args[0].equals("verify")) {
            Table1Method m = Table1Method.valueOf(args[2]);
            int s = Integer.parseInt(args[3]);
            int epochs = Integer.parseInt(args[4]);
            MethodRun stored = new Gson().fromJson(Files.readString(dir.resolve(m + "-" + s + ".json"),
                    StandardCharsets.UTF_8), MethodRun.class);
            MethodRun r = MethodRun.train(m, pr.mlp(), epochs, pr.batch(), pr.milestones(),
                    FashionMnist.load(Split.TRAIN, pr.trainImages()), FashionMnist.load(Split.TEST),
                    Seeds.derive(FIGURE_SEED, s));
            boolean same = true;
            for (int e = 0; e < epochs; e++) {
                boolean eq = r.testAccuracy()[e] == stored.testAccuracy()[e]
                        && Arrays.equals(r.layerLoss()[e], stored.layerLoss()[e]);
                same &= eq;
                System.out.printf("epoch %d: now %s %s, stored %s %s: %s%n", e + 1, r.testAccuracy()[e],
                        Arrays.toString(r.layerLoss()[e]), stored.testAccuracy()[e],
                        Arrays.toString(stored.layerLoss()[e]), eq ? "identical" : "DIFFERENT");
            }
            System.out.println(same ? "verify: identical" : "verify: DIFFERENT");
            return;
        }
        if (args[0].equals("run")) {
            int worker = Integer.parseInt(args[2]);
            int workers = Integer.parseInt(args[3]);
            ImageDataset train = FashionMnist.load(Split.TRAIN, pr.trainImages());
            ImageDataset test = FashionMnist.load(Split.TEST);
            List<Job> pending = new ArrayList<>();
            for (int s = 0; s < pr.seeds(); s++) {
                for (Table1Method m : Table1Method.values()) {
                    if (!Files.exists(dir.resolve(m + "-" + s + ".json"))) {
                        pending.add(new Job(m, s));
                    }
                }
            }
            for (int j = worker; j < pending.size(); j += workers) {
                Table1Method m = pending.get(j).method();
                int s = pending.get(j).seed();
                long t0 = System.nanoTime();
                MethodRun r = MethodRun.train(m, pr.mlp(), pr.epochs(), pr.batch(), pr.milestones(), train, test,
                        Seeds.derive(FIGURE_SEED, s));
                Path tmp = dir.resolve(m + "-" + s + ".tmp");
                Files.writeString(tmp, new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(r), StandardCharsets.UTF_8);
                Files.move(tmp, dir.resolve(m + "-" + s + ".json"));
                System.out.printf("%s seed %d: %.1f%% in %.0f s%n", m, s, r.finalAccuracy(), (System.nanoTime() - t0) * 1e-9);
            }
            return;
        }
        List<Table1Method> methods = new ArrayList<>();
        List<List<MethodRun>> runs = new ArrayList<>();
        int seeds = Integer.MAX_VALUE;
        for (Table1Method m : Table1Method.values()) {
            List<MethodRun> perSeed = new ArrayList<>();
            for (int s = 0; s < pr.seeds(); s++) {
                Path f = dir.resolve(m + "-" + s + ".json");
                if (Files.exists(f)) {
                    perSeed.add(new Gson().fromJson(Files.readString(f, StandardCharsets.UTF_8), MethodRun.class));
                }
            }
            if (!perSeed.isEmpty()) {
                methods.add(m);
                runs.add(perSeed);
                seeds = Math.min(seeds, perSeed.size());
            }
            System.out.printf("%s: %d seed(s)%n", m, perSeed.size());
        }
        Table1Methods.Params p = new Table1Methods.Params(pr.withSeeds(seeds), methods);
        Table1Methods spec = new Table1Methods();
        FigureData d = spec.tabulate(p, runs);
        System.out.println(d.notes());
        d.checks().forEach(c -> System.out.println(Assertions.describe(c)));
        FigureExporter.writePng(spec.render(d), dir.resolve("table1.png"));
        FigureExporter.writeCsv(d, dir.resolve("table1.csv"));
    }
}
