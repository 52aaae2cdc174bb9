package org.neurotheory.sparsity.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurotheory.core.figure.FigureData;
import org.neurotheory.core.figure.FigureExporter;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.figure.Scale;
import org.neurotheory.core.paper.PaperRegistry;
import org.neurotheory.core.testing.Assertions;

/** The theory figure at quick scale, its reproducibility, and the registry entry. */
class SparsityFiguresTest {

    @Test
    void theoryFigurePassesAtQuickScale() {
        FigureData data = Assertions.assertFigurePasses(new FigT1RichGetRicher(), 1);
        assertTrue(data.checks().size() >= 10);
    }

    /** Check 11: same seed, same bytes. */
    @Test
    void sameSeedGivesIdenticalCsv() {
        FigureSpec spec = new FigT1RichGetRicher();
        assertEquals(FigureExporter.csv(spec.compute(Scale.QUICK, 7)), FigureExporter.csv(spec.compute(Scale.QUICK, 7)));
    }

    @Test
    void paperIsRegisteredWithUniqueKeys() {
        var paper = PaperRegistry.load().papers().stream().filter(p -> p.key().equals("sparsity")).findFirst();
        assertTrue(paper.isPresent(), "sparsity registered through ServiceLoader");
        List<String> keys = paper.get().figures().stream().map(FigureSpec::key).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "unique figure keys " + keys);
    }
}
