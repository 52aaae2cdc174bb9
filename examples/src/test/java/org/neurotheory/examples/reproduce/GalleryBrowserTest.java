package org.neurotheory.examples.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotheory.core.paper.PaperRegistry;
import picocli.CommandLine;

/**
 * Opens a gallery in headless Chromium (Debian's {@code chromium}): every page's DOM as the
 * browser built it, every image decoded by the browser, every link fetched, and a screenshot of
 * the index saved to {@code target/gallery-screenshot.png}. Skipped when no chromium binary exists.
 */
@Tag("slow")
class GalleryBrowserTest {
    private static final Pattern SRC = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("<a[^>]*\\shref=\"([^\"#]+)(#[^\"]*)?\"");

    @Test
    void everyImageLoadsAndEveryLinkResolvesInChromium(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        profile = Files.createDirectories(dir.resolve("chromium-profile"));
        assumeTrue(chromium != null, "no chromium binary on this machine (Debian package 'chromium')");
        CommandLine cl = new CommandLine(new ReproduceCommand(PaperRegistry.of(List.of(new ToyPaper()))));
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.execute("toy", "--out", dir.toString());
        assertEquals(0, cl.execute("--rerun", dir.resolve("toy/decay.json").toString()));

        Set<URI> pages = new LinkedHashSet<>();
        Set<URI> images = new LinkedHashSet<>();
        Set<URI> links = new LinkedHashSet<>();
        List<URI> queue = new ArrayList<>(List.of(dir.resolve("index.html").toUri()));
        while (!queue.isEmpty()) {
            URI page = queue.remove(0);
            if (!pages.add(page)) {
                continue;
            }
            String dom = run(chromium, "--dump-dom", page.toString());
            assertTrue(dom.contains("</body>"), "chromium rendered " + page + ": " + dom);
            for (Matcher m = SRC.matcher(dom); m.find(); ) {
                images.add(page.resolve(m.group(1)));
            }
            for (Matcher m = HREF.matcher(dom); m.find(); ) {
                URI target = page.resolve(m.group(1));
                links.add(target);
                if (target.getPath().endsWith(".html") && target.getPath().startsWith(dir.toUri().getPath())) {
                    queue.add(target);
                }
            }
        }
        assertTrue(pages.size() >= 4, "index and one page per figure: " + pages);
        assertTrue(images.size() >= 2, "the PNG of each figure that drew one: " + images);

        Path checker = dir.resolve("check.html");
        StringBuilder js = new StringBuilder("<!DOCTYPE html><html><body><pre id=\"out\"></pre><script>\n"
                + "const out=[];let left=0;function done(){if(--left===0){document.getElementById('out').textContent="
                + "out.join('\\n')+'\\nDONE';}}\n");
        for (URI u : images) {
            js.append("left++;{const i=new Image();i.onload=()=>{out.push((i.naturalWidth>0?'OK ':'BAD ')+'")
                    .append(u).append("');done();};i.onerror=()=>{out.push('BAD ").append(u).append("');done();};i.src='")
                    .append(u).append("';}\n");
        }
        for (URI u : links) {
            js.append("left++;{const x=new XMLHttpRequest();x.onload=()=>{out.push((x.responseText.length>0?'OK ':'BAD ')+'")
                    .append(u).append("');done();};x.onerror=()=>{out.push('BAD ").append(u).append("');done();};x.open('GET','")
                    .append(u).append("');x.send();}\n");
        }
        js.append("</script></body></html>\n");
        Files.writeString(checker, js);
        String dump = run(chromium, "--allow-file-access-from-files", "--virtual-time-budget=30000", "--dump-dom",
                checker.toUri().toString());
        int from = dump.indexOf("<pre id=\"out\">");
        String result = from < 0 ? dump : dump.substring(from, dump.indexOf("</pre>", from));
        assertTrue(result.contains("DONE"), "every image and link was tried: " + result);
        assertTrue(!result.contains("BAD "), result);
        assertEquals(images.size() + links.size(), result.split("OK file:", -1).length - 1, result);

        Path shot = Path.of("target", "gallery-screenshot.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        run(chromium, "--screenshot=" + shot, "--window-size=1400,1000", dir.resolve("index.html").toUri().toString());
        assertTrue(Files.size(shot) > 10_000, "screenshot written");
    }

    private static Path chromium() {
        for (String name : new String[] {"chromium", "chromium-browser"}) {
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private Path profile;

    private String run(Path chromium, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }
}
