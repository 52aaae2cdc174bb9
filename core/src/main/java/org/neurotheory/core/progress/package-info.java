/** Progress reporting for long computations: {@link org.neurotheory.core.progress.Progress}. */
package org.neurotheory.core.progress;
