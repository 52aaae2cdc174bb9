package org.neurotheory.core.sweep;

import java.util.ArrayList;
import java.util.List;
import org.neurotheory.core.Require;
import org.neurotheory.core.random.Seeds;

/**
 * Independent repeats of a computation over seeds for several conditions (the arms or methods of a
 * table reported as mean and standard deviation over seeds): repeat {@code s} of every condition
 * runs with the seed {@code Seeds.derive(seed, s)}, so the conditions share their seeds (paired
 * repeats), and the results do not depend on the number of threads ({@link Sweep#run}).
 */
public final class SeedReplicates {
    private SeedReplicates() {
    }

    /** One repeat of one condition. */
    @FunctionalInterface
    public interface Repeat<C, R> {
        R apply(C condition, long seed) throws Exception;
    }

    /**
     * Runs every condition {@code repeats} times: {@code out.get(i).get(s) = repeat.apply(conditions.get(i),
     * Seeds.derive(seed, s))}, the {@code conditions.size() * repeats} runs spread over {@code threads}
     * worker threads.
     */
    public static <C, R> List<List<R>> run(List<C> conditions, int repeats, long seed, int threads, Repeat<C, R> repeat) {
        Require.nonNull("conditions", conditions);
        Require.positive("repeats", repeats);
        Require.nonNull("repeat", repeat);
        List<int[]> points = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            for (int s = 0; s < repeats; s++) {
                points.add(new int[] {i, s});
            }
        }
        List<Sweep.Row<int[], R>> rows = Sweep.run(points, seed, threads, (pt, ignored) ->
                repeat.apply(conditions.get(pt[0]), Seeds.derive(seed, pt[1])));
        List<List<R>> out = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Sweep.Row<int[], R> r : rows) {
            out.get(r.point()[0]).add(r.result());
        }
        return out;
    }

    /** {@link #run(List, int, long, int, Repeat)} with one thread per available processor. */
    public static <C, R> List<List<R>> run(List<C> conditions, int repeats, long seed, Repeat<C, R> repeat) {
        return run(conditions, repeats, seed, Runtime.getRuntime().availableProcessors(), repeat);
    }

    /** Mean of {@code v}, summed in order. */
    public static double mean(double[] v) {
        Require.that(v != null && v.length > 0, "v.length", v == null ? "null" : 0, "must be at least 1");
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation of {@code v} (divisor {@code n - 1}); 0 for a single value. */
    public static double sd(double[] v) {
        double m = mean(v);
        if (v.length < 2) {
            return 0;
        }
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
