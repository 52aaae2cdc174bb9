package org.neurotheory.examples.reproduce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known keys nearest to a mistyped one ("did you mean attention/fig1white?"), by edit distance
 * to the whole key and to its figure part, so {@code fig1whte} finds {@code attention/fig1white}.
 */
final class KeySuggestions {
    /** At most this many suggestions. */
    static final int MAX = 3;

    private KeySuggestions() {
    }

    /**
     * Up to {@link #MAX} keys of {@code known} within an edit distance of about a third of the typed
     * key's length (at least 2) and at most one more than the nearest key's, nearest first; empty
     * when nothing is that close.
     */
    static List<String> nearest(String typed, List<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, t.length() / 3);
        record Scored(String key, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String k : known) {
            int d = distance(t, k);
            int slash = k.indexOf('/');
            if (slash >= 0 && t.indexOf('/') < 0) {
                d = Math.min(d, distance(t, k.substring(slash + 1)));
            }
            if (d <= limit) {
                scored.add(new Scored(k, d));
            }
        }
        int best = scored.stream().mapToInt(Scored::distance).min().orElse(0);
        return scored.stream().filter(x -> x.distance() <= best + 1)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::key))
                .limit(MAX).map(Scored::key).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
