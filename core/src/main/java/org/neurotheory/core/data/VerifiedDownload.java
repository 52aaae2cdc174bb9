package org.neurotheory.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.neurotheory.core.Require;
import org.neurotheory.core.figure.AtomicFiles;
import org.neurotheory.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one {@link RemoteFile} into a folder: the bytes go to a temporary file beside the
 * target while their SHA-256 is computed, and only a file of the expected size and checksum is
 * moved (atomically) to its name. A dropped connection, a wrong size or a wrong checksum leaves
 * nothing behind and raises an {@link IOException} whose message says which.
 */
final class VerifiedDownload {
    private static final Logger LOG = LoggerFactory.getLogger(VerifiedDownload.class);
    /** Milliseconds to wait for a connection. */
    static final int CONNECT_TIMEOUT_MS = 15_000;
    /** Milliseconds a read may stall before the download is abandoned. */
    static final int READ_TIMEOUT_MS = 60_000;
    private static final int MAX_REDIRECTS = 5;

    private VerifiedDownload() {
    }

    /**
     * Fetches {@code base + file.name()} to {@code folder/file.name()}.
     *
     * @return the verified file
     */
    static Path fetch(String base, RemoteFile file, Path folder) throws IOException {
        Require.nonNull("base", base);
        Require.nonNull("file", file);
        Require.nonNull("folder", folder);
        URI uri = URI.create(base.endsWith("/") ? base : base + "/").resolve(file.name());
        Path target = folder.resolve(file.name());
        LOG.info("downloading {} ({} bytes) to {}", uri, file.bytes(), target);
        HttpURLConnection c;
        try {
            c = connect(uri);
        } catch (IOException e) {
            throw new IOException("cannot fetch " + uri + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        try {
            long announced = c.getContentLengthLong();
            if (announced >= 0 && announced != file.bytes()) {
                throw new IOException(uri + " announces " + announced + " bytes, expected " + file.bytes());
            }
            AtomicFiles.write(target, out -> {
                MessageDigest sha = sha256();
                long received = 0;
                byte[] buf = new byte[1 << 16];
                try (InputStream in = c.getInputStream(); Progress progress = Progress.auto("download " + file.name(), file.bytes())) {
                    while (true) {
                        int r;
                        try {
                            r = in.read(buf);
                        } catch (IOException e) {
                            throw new IOException("connection to " + uri + " broke after " + received + " of " + file.bytes()
                                    + " bytes (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
                        }
                        if (r < 0) {
                            break;
                        }
                        received += r;
                        if (received > file.bytes()) {
                            throw new IOException(uri + " sent more than the expected " + file.bytes() + " bytes");
                        }
                        out.write(buf, 0, r);
                        sha.update(buf, 0, r);
                        progress.step(r);
                    }
                }
                if (received != file.bytes()) {
                    throw new IOException("connection to " + uri + " ended after " + received + " of " + file.bytes() + " bytes");
                }
                String got = HexFormat.of().formatHex(sha.digest());
                if (!got.equals(file.sha256())) {
                    throw new IOException("the file received from " + uri + " is corrupt: its SHA-256 is " + got
                            + ", expected " + file.sha256() + " (nothing was kept)");
                }
            });
        } finally {
            c.disconnect();
        }
        return target;
    }

    /** Opens a GET, following up to five redirects (http to https allowed, https to http refused). */
    private static HttpURLConnection connect(URI uri) throws IOException {
        URL url = uri.toURL();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpURLConnection c = (HttpURLConnection) url.openConnection();
            c.setConnectTimeout(CONNECT_TIMEOUT_MS);
            c.setReadTimeout(READ_TIMEOUT_MS);
            c.setInstanceFollowRedirects(false);
            c.setRequestProperty("User-Agent", "neurotheory dataset catalog");
            int code = c.getResponseCode();
            if (code == HttpURLConnection.HTTP_OK) {
                return c;
            }
            String location = c.getHeaderField("Location");
            c.disconnect();
            if (code >= 300 && code < 400 && location != null) {
                URL next = URI.create(url.toString()).resolve(location).toURL();
                if (url.getProtocol().equals("https") && !next.getProtocol().equals("https")) {
                    throw new IOException(url + " redirects to insecure " + next);
                }
                url = next;
                continue;
            }
            throw new IOException(url + " answered HTTP " + code);
        }
        throw new IOException(uri + " redirects more than " + MAX_REDIRECTS + " times");
    }

    /** A fresh SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
