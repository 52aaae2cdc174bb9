/** The {@code reproduce} command: run figures, write their files and an index (see ARCHITECTURE.md). */
package org.neurotheory.examples.reproduce;
