package org.neurotheory.core.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurotheory.core.figure.AtomicFiles;

/**
 * Named tensors in one binary file, written through a temporary file and an atomic move (an
 * interrupted write leaves the previous checkpoint intact). Layout: the magic {@code NTCKPT1},
 * the entry count, then per entry (sorted by name) the name, the type (0 = float32,
 * 1 = float64), the rank, the shape and the values in row-major order, big-endian. Values are
 * stored exactly, so a resumed run continues with the same bytes.
 */
public final class Checkpoint {
    private static final String MAGIC = "NTCKPT1";

    private Checkpoint() {
    }

    /** Writes {@code tensors} to {@code file} atomically. */
    public static void write(Path file, Map<String, INDArray> tensors) {
        SortedMap<String, INDArray> sorted = new TreeMap<>(tensors);
        try {
            AtomicFiles.write(file, raw -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
                out.writeUTF(MAGIC);
                out.writeInt(sorted.size());
                for (Map.Entry<String, INDArray> e : sorted.entrySet()) {
                    INDArray a = e.getValue();
                    boolean dbl = a.dataType() == DataType.DOUBLE;
                    out.writeUTF(e.getKey());
                    out.writeByte(dbl ? 1 : 0);
                    out.writeInt(a.rank());
                    for (long s : a.shape()) {
                        out.writeLong(s);
                    }
                    for (double v : Tensors.toDoubles(a)) {
                        if (dbl) {
                            out.writeDouble(v);
                        } else {
                            out.writeFloat((float) v);
                        }
                    }
                }
                out.flush();
            });
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write checkpoint " + file, ex);
        }
    }

    /** Reads a file written by {@link #write}. */
    public static SortedMap<String, INDArray> read(Path file) {
        SortedMap<String, INDArray> out = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IllegalArgumentException("file = " + file + " is not allowed: not a checkpoint (magic " + magic + ")");
            }
            int n = in.readInt();
            for (int k = 0; k < n; k++) {
                String name = in.readUTF();
                boolean dbl = in.readByte() == 1;
                long[] shape = new long[in.readInt()];
                long len = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = in.readLong();
                    len *= shape[i];
                }
                if (dbl) {
                    double[] v = new double[Math.toIntExact(len)];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readDouble();
                    }
                    out.put(name, Nd4j.create(v, shape, DataType.DOUBLE));
                } else {
                    float[] v = new float[Math.toIntExact(len)];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    out.put(name, Nd4j.create(v, shape, DataType.FLOAT));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read checkpoint " + file, ex);
        }
        return out;
    }
}
