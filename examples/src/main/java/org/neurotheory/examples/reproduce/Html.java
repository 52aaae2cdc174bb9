package org.neurotheory.examples.reproduce;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Escaping and linking for the gallery's pages. */
final class Html {
    /** The stylesheet every gallery page shares. */
    static final String STYLE = "<style>body{font-family:sans-serif;margin:1.5em;max-width:1800px;color:#222}"
            + "a{color:#05a}table{border-collapse:collapse;margin:0.5em 0}td,th{padding:4px 10px;"
            + "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}td.num{text-align:right;"
            + "font-variant-numeric:tabular-nums}.fail{color:#b00;font-weight:bold}.pass{color:#070}"
            + ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px}"
            + ".card{border:1px solid #ddd;border-radius:6px;padding:8px}.card img{width:100%;height:240px;object-fit:contain}"
            + ".card .missing{height:160px;display:flex;align-items:center;justify-content:center;background:#fee}"
            + "img.figure{max-width:100%;height:auto}.links a{margin-right:1em}</style>";

    private Html() {
    }

    /** Escapes text for HTML. */
    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A relative link from the directory {@code from} to {@code to}, URI-encoded. */
    static String href(Path from, Path to) {
        String rel = from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        try {
            return new URI(null, null, rel, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path = " + rel + " is not allowed: cannot be a link", e);
        }
    }

    /** The page head with a title. */
    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                + STYLE + "</head><body>\n";
    }
}
