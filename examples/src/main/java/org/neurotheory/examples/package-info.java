/**
 * Runnable mains: {@link org.neurotheory.examples.Main} (the {@code neurotheory} command with
 * {@code reproduce}) and one short demo per paper.
 */
package org.neurotheory.examples;
