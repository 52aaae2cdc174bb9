package org.neurotheory.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.random.Seeds;

class SeedReplicatesTest {
    private static double work(double scale, long seed) {
        var rng = Seeds.stream(seed);
        double s = 0;
        for (int i = 0; i < 1000; i++) {
            s += scale * rng.nextGaussian();
        }
        return s;
    }

    @Test
    void repeatSOfEveryConditionRunsWithTheSameDerivedSeed() {
        List<Double> conditions = List.of(0.5, 1.0, 2.0);
        List<List<Double>> out = SeedReplicates.run(conditions, 4, 7, 2, SeedReplicatesTest::work);
        assertEquals(3, out.size());
        for (int i = 0; i < conditions.size(); i++) {
            assertEquals(4, out.get(i).size());
            for (int s = 0; s < 4; s++) {
                // the sequential loop it replaces, to the bit
                assertEquals(work(conditions.get(i), Seeds.derive(7, s)), out.get(i).get(s), 0.0);
            }
        }
        // paired seeds: condition 2.0 is exactly twice condition 1.0 repeat by repeat
        assertEquals(2 * out.get(1).get(3), out.get(2).get(3), 0.0);
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        List<Double> conditions = List.of(1.0, 3.0, 5.0, 7.0, 9.0);
        assertEquals(SeedReplicates.run(conditions, 3, 11, 1, SeedReplicatesTest::work),
                SeedReplicates.run(conditions, 3, 11, 4, SeedReplicatesTest::work));
    }

    @Test
    void meanAndSampleStandardDeviation() {
        assertEquals(2.5, SeedReplicates.mean(new double[] {1, 2, 3, 4}), 0.0);
        assertEquals(Math.sqrt(5.0 / 3), SeedReplicates.sd(new double[] {1, 2, 3, 4}), 1e-15);
        assertEquals(0.0, SeedReplicates.sd(new double[] {0.7}), 0.0);
    }

    @Test
    void badInputIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SeedReplicates.run(List.of(1.0), 0, 1, SeedReplicatesTest::work));
        assertTrue(e.getMessage().startsWith("repeats = 0 is not allowed"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SeedReplicates.mean(new double[0]));
        assertTrue(e.getMessage().startsWith("v.length = 0 is not allowed"), e.getMessage());
    }
}
