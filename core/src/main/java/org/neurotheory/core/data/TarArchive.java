package org.neurotheory.core.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Extracts chosen regular files from a gzip-compressed tar archive (POSIX ustar and GNU tar headers;
 * enough for the CIFAR-10 binary archive). Each 512-byte header's checksum is verified; only files
 * named in the caller's set are written, so an archive cannot write outside the target folder.
 */
final class TarArchive {
    private static final int BLOCK = 512;

    private TarArchive() {
    }

    /**
     * Writes each regular file {@code folder/name} of the archive with {@code name} in {@code names}
     * to {@code target/name}.
     *
     * @return the names written, in archive order
     */
    static Set<String> extract(Path archive, String folder, Set<String> names, Path target) throws IOException {
        Set<String> written = new LinkedHashSet<>();
        byte[] header = new byte[BLOCK];
        String longName = null;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
            while (true) {
                int got = in.readNBytes(header, 0, BLOCK);
                if (got == 0 || got == BLOCK && isZero(header)) {
                    return written;
                }
                if (got < BLOCK) {
                    throw new DatasetFormatException(archive, "truncated tar header");
                }
                verifyChecksum(archive, header);
                long size = octal(archive, header, 124, 12);
                byte type = header[156];
                String name = longName != null ? longName : entryName(header);
                longName = null;
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                if (type == 'L') {
                    byte[] data = readExactly(archive, in, padded);
                    longName = cString(data, 0, (int) size);
                    continue;
                }
                String wanted = wantedName(name, folder, names);
                if ((type == '0' || type == 0) && wanted != null) {
                    try (OutputStream out = Files.newOutputStream(target.resolve(wanted))) {
                        copy(archive, in, out, size);
                    }
                    skip(archive, in, padded - size);
                    written.add(wanted);
                } else {
                    skip(archive, in, padded);
                }
            }
        }
    }

    private static String wantedName(String path, String folder, Set<String> names) {
        String p = path.startsWith("./") ? path.substring(2) : path;
        String prefix = folder + "/";
        if (!p.startsWith(prefix)) {
            return null;
        }
        String rest = p.substring(prefix.length());
        return names.contains(rest) ? rest : null;
    }

    private static String entryName(byte[] h) {
        String name = cString(h, 0, 100);
        boolean ustar = new String(h, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar ? cString(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static void verifyChecksum(Path archive, byte[] h) {
        long stored = octal(archive, h, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
        }
        if (sum != stored) {
            throw new DatasetFormatException(archive, "tar header checksum " + stored + " does not match its content (" + sum + ")");
        }
    }

    private static long octal(Path archive, byte[] h, int offset, int length) {
        long v = 0;
        boolean digits = false;
        for (int i = offset; i < offset + length; i++) {
            int b = h[i] & 0xff;
            if (b == 0 || b == ' ') {
                if (digits) {
                    break;
                }
                continue;
            }
            if (b < '0' || b > '7') {
                throw new DatasetFormatException(archive, "tar header field at byte " + offset + " is not octal");
            }
            v = v * 8 + (b - '0');
            digits = true;
        }
        return v;
    }

    private static String cString(byte[] b, int offset, int length) {
        int end = offset;
        while (end < offset + length && b[end] != 0) {
            end++;
        }
        return new String(b, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readExactly(Path archive, InputStream in, long n) throws IOException {
        if (n > 1 << 20) {
            throw new DatasetFormatException(archive, "tar long-name entry of " + n + " bytes");
        }
        byte[] b = in.readNBytes((int) n);
        if (b.length != n) {
            throw new DatasetFormatException(archive, "truncated tar entry");
        }
        return b;
    }

    private static void copy(Path archive, InputStream in, OutputStream out, long n) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                throw new DatasetFormatException(archive, "truncated tar entry");
            }
            out.write(buf, 0, r);
            left -= r;
        }
    }

    private static void skip(Path archive, InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new DatasetFormatException(archive, "truncated tar entry");
                }
                s = 1;
            }
            left -= s;
        }
    }
}
