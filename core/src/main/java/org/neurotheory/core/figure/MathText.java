package org.neurotheory.core.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain-text maths of labels into Unicode for drawing: {@code \rho} and the bare
 * words {@code rho}, {@code sigma}, ... into Greek letters, {@code x_i}, {@code x_{tot}} into
 * subscripts (unbraced: at most three characters) and {@code x^2}, {@code W^{tot}} into superscripts (where Unicode has every
 * character; otherwise the text is left as written), {@code <=}, {@code >=}, {@code +-} into
 * the signs.
 */
public final class MathText {
    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "\u03b1"), Map.entry("beta", "\u03b2"), Map.entry("gamma", "\u03b3"),
            Map.entry("delta", "\u03b4"), Map.entry("epsilon", "\u03b5"), Map.entry("zeta", "\u03b6"),
            Map.entry("eta", "\u03b7"), Map.entry("theta", "\u03b8"), Map.entry("kappa", "\u03ba"),
            Map.entry("lambda", "\u03bb"), Map.entry("mu", "\u03bc"), Map.entry("nu", "\u03bd"),
            Map.entry("xi", "\u03be"), Map.entry("pi", "\u03c0"), Map.entry("rho", "\u03c1"),
            Map.entry("sigma", "\u03c3"), Map.entry("tau", "\u03c4"), Map.entry("phi", "\u03c6"),
            Map.entry("chi", "\u03c7"), Map.entry("psi", "\u03c8"), Map.entry("omega", "\u03c9"),
            Map.entry("Gamma", "\u0393"), Map.entry("Delta", "\u0394"), Map.entry("Theta", "\u0398"),
            Map.entry("Lambda", "\u039b"), Map.entry("Sigma", "\u03a3"), Map.entry("Phi", "\u03a6"),
            Map.entry("Psi", "\u03a8"), Map.entry("Omega", "\u03a9"));
    /** Greek names converted even without a backslash (words unlikely to mean anything else in a label). */
    private static final Pattern BARE = Pattern.compile(
            "(?<![A-Za-z\\\\])(alpha|beta|gamma|delta|epsilon|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|chi|psi|omega|Delta|Sigma|Phi|Psi|Omega)(?![a-z])");
    private static final Pattern ESCAPED = Pattern.compile("\\\\([A-Za-z]+)");
    private static final Pattern SCRIPT = Pattern.compile("([_^])(\\{([^{}]*)\\}|([+\\-]?[A-Za-z0-9\u0391-\u03c9]{1,3})(?![A-Za-z0-9\u0391-\u03c9]))");
    private static final String PLAIN = "0123456789+-=()aehijklmnoprstuvxbdgfwyzABDEGHIJKLMNOPRTUVWc";
    private static final String SUB = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u208a\u208b\u208c\u208d\u208e"
            + "\u2090\u2091\u2095\u1d62\u2c7c\u2096\u2097\u2098\u2099\u2092\u209a\u1d63\u209b\u209c\u1d64\u1d65\u2093";
    private static final String SUP = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b\u207c\u207d\u207e"
            + "\u1d43\u1d49\u02b0\u2071\u02b2\u1d4f\u02e1\u1d50\u207f\u1d52\u1d56\u02b3\u02e2\u1d57\u1d58\u1d5b\u02e3"
            + "\u1d47\u1d48\u1d4d\u1da0\u02b7\u02b8\u1dbb\u1d2c\u1d2e\u1d30\u1d31\u1d33\u1d34\u1d35\u1d36\u1d37\u1d38\u1d39"
            + "\u1d3a\u1d3c\u1d3e\u1d3f\u1d40\u1d41\u2c7d\u1d42\u1d9c";

    private MathText() {
    }

    /** The label with its maths in Unicode; null stays null. */
    public static String unicode(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("<=", "\u2264").replace(">=", "\u2265").replace("+-", "\u00b1")
                .replace("!=", "\u2260").replace("->", "\u2192");
        s = replace(ESCAPED, s, m -> GREEK.getOrDefault(m.group(1), m.group()));
        s = replace(BARE, s, m -> GREEK.get(m.group(1)));
        return replace(SCRIPT, s, m -> {
            String body = m.group(3) != null ? m.group(3) : m.group(4);
            String mapped = script(body, m.group(1).equals("_") ? SUB : SUP);
            return mapped == null ? m.group() : mapped;
        });
    }

    /** One run of a label: its text and whether it is a subscript (-1), superscript (+1) or neither (0). */
    record Segment(String text, int shift) {
    }

    /** Whether the Unicode form of a label still holds scripts that Unicode could not write ({@code W_A}). */
    static boolean hasScripts(String unicode) {
        return SCRIPT.matcher(unicode).find();
    }

    /** The label with the markup of its remaining scripts removed ({@code W_A} to {@code WA}). */
    static String withoutScripts(String unicode) {
        return replace(SCRIPT, unicode, m -> m.group(3) != null ? m.group(3) : m.group(4));
    }

    /** The label split into plain runs and the scripts that Unicode could not write. */
    static List<Segment> segments(String unicode) {
        List<Segment> out = new ArrayList<>();
        Matcher m = SCRIPT.matcher(unicode);
        int at = 0;
        while (m.find()) {
            out.add(new Segment(unicode.substring(at, m.start()), 0));
            out.add(new Segment(m.group(3) != null ? m.group(3) : m.group(4), m.group(1).equals("_") ? -1 : 1));
            at = m.end();
        }
        out.add(new Segment(unicode.substring(at), 0));
        return out;
    }

    private static String script(String body, String table) {
        if (body.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : body.toCharArray()) {
            int i = PLAIN.indexOf(c);
            if (i < 0 || i >= table.length()) {
                return null;
            }
            sb.append(table.charAt(i));
        }
        return sb.toString();
    }

    private static String replace(Pattern p, String s, Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
