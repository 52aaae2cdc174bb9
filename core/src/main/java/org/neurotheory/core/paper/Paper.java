package org.neurotheory.core.paper;

import java.util.List;
import java.util.Map;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.sweep.SweepSpec;

/**
 * A reproduced paper: its key, citation and figures. Each paper module registers one
 * implementation in {@code META-INF/services/org.neurotheory.core.paper.Paper}, so
 * {@link PaperRegistry} (and {@code reproduce}) finds it through {@link java.util.ServiceLoader}.
 */
public interface Paper {
    /** Short key, the module's folder name, e.g. {@code attention}. */
    String key();

    /** The paper's title. */
    String title();

    /** Authors, venue, year and arXiv identifier. */
    String citation();

    /** The figures, in the paper's order. */
    List<FigureSpec> figures();

    /**
     * The sweeps its figures hand to a {@link org.neurotheory.core.sweep.SweepBackend}, by key, so
     * that a cluster's executors can rebuild them from the registry. A sweep's key is the key of the
     * figure that runs it, a dash and a name (e.g. {@code figc-toy}), so that a scheduler knows which
     * figures have points to spread ({@link PaperRegistry#sweepsOf}). None by default.
     */
    default List<SweepSpec> sweeps() {
        return List.of();
    }

    /**
     * Deprecated figure keys kept for one release after a rename: old key to current key, e.g.
     * {@code s1 -> figs1}. {@link PaperRegistry#select} resolves them and {@link PaperRegistry#deprecation}
     * words the note a command line prints. Empty by default.
     */
    default Map<String, String> aliases() {
        return Map.of();
    }
}
