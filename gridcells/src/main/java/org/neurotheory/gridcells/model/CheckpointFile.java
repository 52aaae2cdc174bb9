package org.neurotheory.gridcells.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Binary checkpoint of an optimisation: a fingerprint of its parameters and seed, the step, a few
 * scalars and a list of arrays, as big-endian doubles. Written to a temporary file and moved into
 * place, so a run killed while saving keeps its previous checkpoint.
 */
final class CheckpointFile {
    private static final int MAGIC = 0x47524944;

    record State(long step, double[] scalars, double[][] arrays) {
    }

    private CheckpointFile() {
    }

    static void write(Path file, String fingerprint, long step, double[] scalars, double[][] arrays) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeUTF(Integer.toHexString(fingerprint.hashCode()) + ":" + fingerprint.length());
            out.writeLong(step);
            writeArray(out, scalars);
            out.writeInt(arrays.length);
            for (double[] a : arrays) {
                writeArray(out, a);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static State read(Path file, String fingerprint) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("checkpoint = " + file + " is not allowed: not a gridcells checkpoint");
            }
            String fp = in.readUTF();
            String expected = Integer.toHexString(fingerprint.hashCode()) + ":" + fingerprint.length();
            if (!fp.equals(expected)) {
                throw new IllegalArgumentException("checkpoint = " + file
                        + " is not allowed: written for other parameters or another seed");
            }
            long step = in.readLong();
            double[] scalars = readArray(in);
            double[][] arrays = new double[in.readInt()][];
            for (int i = 0; i < arrays.length; i++) {
                arrays[i] = readArray(in);
            }
            return new State(step, scalars, arrays);
        }
    }

    private static void writeArray(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    private static double[] readArray(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}
