package org.neurotheory.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Log lines come at each further 10% with the time spent and the time left at the mean rate so far. */
class LoggingProgressTest {
    @Test
    void eachDecileSaysTheTimeSpentAndTheTimeLeft() {
        AtomicLong clock = new AtomicLong(5_000_000_000L);
        List<String> lines = new ArrayList<>();
        LoggingProgress p = new LoggingProgress("table1 runs", 50, clock::get, lines::add);
        clock.addAndGet(2_400_000_000_000L); // 40 min for the first 5 of 50 runs
        p.message("Gaussian grp, seed 0");
        p.step(4);
        assertEquals(List.of(), lines, "8% is below the first decile");
        p.step();
        clock.addAndGet(60_000_000_000L);
        p.step(6); // 11 of 50 after 41 min: 39 runs left at 41/11 min each
        clock.addAndGet(10_740_000_000_000L); // 220 min in all
        p.step(39);
        p.close();
        assertEquals(List.of(
                "table1 runs: 10% (5/50) in 40 min, about 6 h 00 min left Gaussian grp, seed 0",
                "table1 runs: 20% (11/50) in 41 min, about 2 h 25 min left Gaussian grp, seed 0",
                "table1 runs: 100% (50/50) in 3 h 40 min Gaussian grp, seed 0",
                "table1 runs: done"), lines);
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("0 s", LoggingProgress.duration(0.2));
        assertEquals("89 s", LoggingProgress.duration(89));
        assertEquals("2 min", LoggingProgress.duration(90));
        assertEquals("89 min", LoggingProgress.duration(89 * 60));
        assertEquals("1 h 30 min", LoggingProgress.duration(90 * 60));
        assertEquals("25 h 01 min", LoggingProgress.duration(25 * 3600 + 60));
    }
}
