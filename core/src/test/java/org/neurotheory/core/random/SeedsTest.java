package org.neurotheory.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedsTest {
    @Test
    void derivedSeedsAreDeterministicAndDistinct() {
        assertEquals(Seeds.derive(42, 3, 1), Seeds.derive(42, 3, 1));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 10; j++) {
                seen.add(Seeds.derive(42, i, j));
            }
        }
        assertEquals(1000, seen.size());
        assertNotEquals(Seeds.derive(42, 1, 2), Seeds.derive(42, 2, 1));
        assertNotEquals(Seeds.derive(42), Seeds.derive(43));
    }

    @Test
    void streamsRepeat() {
        assertEquals(Seeds.stream(5).nextGaussian(), Seeds.stream(5).nextGaussian());
        assertEquals(Seeds.commons(5).nextDouble(), Seeds.commons(5).nextDouble());
        assertNotEquals(Seeds.commons(5).nextDouble(), Seeds.commons(6).nextDouble());
    }
}
