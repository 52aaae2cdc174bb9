package org.neurotheory.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.Paper;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.random.Seeds;

/** Registered sweeps on the thread-pool backend: seeds, order, sharing the sweep seed, bad rows and keys. */
class SweepBackendTest {
    /** Rows {@code [index, draw from the point's seed, draw from the sweep's seed]}; {@code hole} returns null. */
    private record Draws(String key, int hole) implements SweepSpec {
        @Override
        public int size(Scale scale) {
            return scale.pick(9, 30);
        }

        @Override
        public double[] evaluate(SweepTask point) {
            if (point.index() == hole) {
                return null;
            }
            return new double[] {point.index(), new SplittableRandom(point.seed()).nextDouble(),
                    new SplittableRandom(point.sweepSeed()).nextDouble()};
        }
    }

    private static final Paper PAPER = new Paper() {
        @Override
        public String key() {
            return "p";
        }

        @Override
        public String title() {
            return "test";
        }

        @Override
        public String citation() {
            return "none";
        }

        @Override
        public List<FigureSpec> figures() {
            return List.of();
        }

        @Override
        public List<SweepSpec> sweeps() {
            return List.of(new Draws("figa-draws", -1), new Draws("figa-holes", 4));
        }
    };

    private static final PaperRegistry REGISTRY = PaperRegistry.of(List.of(PAPER));

    @Test
    void pointsGetDerivedSeedsAndTheSweepSeedInPointOrderWhateverTheThreadCount() {
        List<double[]> one = new ThreadPoolBackend(REGISTRY, 1).run("p", "figa-draws", Scale.QUICK, 5);
        List<double[]> three = new ThreadPoolBackend(REGISTRY, 3).run("p", "figa-draws", Scale.QUICK, 5);
        assertEquals(9, three.size());
        for (int i = 0; i < 9; i++) {
            assertArrayEquals(one.get(i), three.get(i), "point " + i);
            assertEquals(new SplittableRandom(Seeds.derive(5, i)).nextDouble(), three.get(i)[1], 0.0, "own seed");
            assertEquals(new SplittableRandom(5).nextDouble(), three.get(i)[2], 0.0, "shared sweep seed");
        }
        assertEquals(Seeds.derive(5, 3), new SweepTask("p", "figa-draws", 3, 5, Scale.QUICK).seed());
    }

    @Test
    void onBackendPairsRowsWithPointsAndRejectsAMismatchedPointList() {
        SweepBackend before = SweepBackends.use(new ThreadPoolBackend(REGISTRY, 2));
        try {
            var rows = Sweep.onBackend("p", "figa-draws", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), Scale.QUICK,
                    5, r -> r[0]);
            assertEquals("d", rows.get(3).point());
            assertEquals(3.0, rows.get(3).result(), 0.0);
            assertEquals(Seeds.derive(5, 3), rows.get(3).seed());
            var e = assertThrows(IllegalArgumentException.class,
                    () -> Sweep.onBackend("p", "figa-draws", List.of("a"), Scale.QUICK, 5, r -> r));
            assertTrue(e.getMessage().contains("points.size()") && e.getMessage().contains("p/figa-draws"), e.getMessage());
        } finally {
            SweepBackends.use(before);
        }
    }

    @Test
    void aPointWithoutARowAndAnUnknownSweepAreNamed() {
        var e = assertThrows(IllegalStateException.class,
                () -> new ThreadPoolBackend(REGISTRY, 2).run("p", "figa-holes", Scale.QUICK, 1));
        assertTrue(e.getMessage().contains("p/figa-holes point 4 returned no result row"), e.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> new ThreadPoolBackend(REGISTRY, 2).run("p", "nosuch", Scale.QUICK, 1));
        assertTrue(unknown.getMessage().contains("p/nosuch") && unknown.getMessage().contains("figa-draws"), unknown.getMessage());
        var paper = assertThrows(IllegalArgumentException.class, () -> REGISTRY.sweep("q", "figa-draws"));
        assertTrue(paper.getMessage().contains("paper = q"), paper.getMessage());
    }
}
