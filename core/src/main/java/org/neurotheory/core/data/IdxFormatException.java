package org.neurotheory.core.data;

import java.nio.file.Path;

/** A malformed IDX file: the message names the file and what is wrong with it. */
public class IdxFormatException extends DatasetFormatException {
    private static final long serialVersionUID = 1L;

    public IdxFormatException(Path file, String problem) {
        super(file, problem);
    }
}
