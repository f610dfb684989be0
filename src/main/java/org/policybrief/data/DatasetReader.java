package org.policybrief.data;

import java.io.IOException;
import java.util.Optional;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.Dataset;

/**
 * Reads and validates a dataset from one kind of source. Bad data goes to the diagnostics, all
 * of it; an {@link IOException} means the source itself could not be read.
 */
public interface DatasetReader {

  /** The dataset, or empty when any error was reported. */
  Optional<Dataset> read(Diagnostics diagnostics) throws IOException;
}
