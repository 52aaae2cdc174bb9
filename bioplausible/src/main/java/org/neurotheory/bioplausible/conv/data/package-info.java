/**
 * Data for the image experiments of Pogodin et al. 2021 at reduced scale:
 * {@link org.neurotheory.bioplausible.conv.data.ShiftedImages} places each image at a random,
 * fixed position on a larger canvas (shifted Fashion-MNIST on 36 x 36).
 */
package org.neurotheory.bioplausible.conv.data;
