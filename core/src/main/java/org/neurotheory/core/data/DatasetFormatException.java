package org.neurotheory.core.data;

import java.nio.file.Path;

/** A malformed dataset file (IDX, CIFAR-10 binary, tar archive): the message names the file and the problem. */
public class DatasetFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
