package org.neurotheory.core.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.neurotheory.core.figure.FigureSpec;
import org.neurotheory.core.sweep.SweepSpec;

/** The papers found on the class path through {@link ServiceLoader}, sorted by key. */
public final class PaperRegistry {
    private final List<Paper> papers;

    private PaperRegistry(List<Paper> papers) {
        this.papers = List.copyOf(papers);
    }

    /** Every paper registered on the class path. */
    public static PaperRegistry load() {
        List<Paper> list = new ArrayList<>();
        ServiceLoader.load(Paper.class).forEach(list::add);
        return of(list);
    }

    /** A registry of the given papers (tests, custom collections). */
    public static PaperRegistry of(List<Paper> papers) {
        List<Paper> sorted = new ArrayList<>(papers);
        sorted.sort(Comparator.comparing(Paper::key));
        return new PaperRegistry(sorted);
    }

    /** The papers, sorted by key. */
    public List<Paper> papers() {
        return papers;
    }

    /** One paper and one of its figures, addressed as {@code paper/figure}. */
    public record Entry(Paper paper, FigureSpec figure) {
        /** {@code paper/figure}. */
        public String key() {
            return paper.key() + "/" + figure.key();
        }
    }

    /** Every figure of every paper. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        for (Paper p : papers) {
            for (FigureSpec f : p.figures()) {
                all.add(new Entry(p, f));
            }
        }
        return all;
    }

    /**
     * The current key of a deprecated {@code paper/figure} key (see {@link Paper#aliases()}), or
     * {@code key} itself when it is not an alias.
     */
    public String resolve(String key) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return key;
        }
        String paperKey = key.substring(0, slash);
        String figureKey = key.substring(slash + 1);
        for (Paper p : papers) {
            String current = p.aliases().get(figureKey);
            if (p.key().equals(paperKey) && current != null) {
                return paperKey + "/" + current;
            }
        }
        return key;
    }

    /**
     * A one-line note when {@code key} is a deprecated alias, e.g. "cortex/s1 is deprecated: use
     * cortex/figs1 (the old key is accepted for one release)"; empty otherwise.
     */
    public Optional<String> deprecation(String key) {
        String current = resolve(key);
        return current.equals(key) ? Optional.empty()
                : Optional.of(key + " is deprecated: use " + current + " (the old key is accepted for one release)");
    }

    /**
     * The figures selected by {@code keys}: {@code all}, a paper key or {@code paper/figure}
     * (deprecated figure keys are {@linkplain #resolve resolved}). Unknown keys raise
     * {@link IllegalArgumentException} listing what exists.
     */
    public List<Entry> select(List<String> keys) {
        List<Entry> all = entries();
        List<Entry> out = new ArrayList<>();
        for (String requested : keys.isEmpty() ? List.of("all") : keys) {
            String key = resolve(requested);
            List<Entry> match = all.stream().filter(e -> key.equals("all") || e.paper().key().equals(key)
                    || e.key().equals(key)).toList();
            if (match.isEmpty() && !key.equals("all")) {
                throw new IllegalArgumentException("key = " + requested + " is not allowed: must be 'all', a paper "
                        + papers.stream().map(Paper::key).toList() + " or one of "
                        + all.stream().map(Entry::key).toList());
            }
            for (Entry e : match) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * The sweeps that figure {@code entry} runs: those of its paper whose key is the figure's key
     * followed by a dash (e.g. {@code figc-toy} of {@code figc}; see {@link Paper#sweeps()}).
     */
    public static List<SweepSpec> sweepsOf(Entry entry) {
        String prefix = entry.figure().key() + "-";
        return entry.paper().sweeps().stream().filter(s -> s.key().startsWith(prefix)).toList();
    }

    /**
     * The sweep {@code sweep} of paper {@code paper}. Unknown keys raise
     * {@link IllegalArgumentException} naming what exists, before any work is sent anywhere.
     */
    public SweepSpec sweep(String paper, String sweep) {
        Paper p = papers.stream().filter(x -> x.key().equals(paper)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("paper = " + paper + " is not allowed: must be one of "
                        + papers.stream().map(Paper::key).toList()));
        return p.sweeps().stream().filter(s -> s.key().equals(sweep)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("sweep = " + paper + "/" + sweep + " is not allowed: " + paper
                        + " registers " + p.sweeps().stream().map(SweepSpec::key).toList()));
    }
}
