/**
 * Paper-specific data: none. The model's only data are the external input processes, which are part
 * of the model ({@link org.neurotheory.cortex.model.InputState}); this package is kept so every
 * paper module has the same rooms.
 */
package org.neurotheory.cortex.data;
