/**
 * Data for the image experiments of Pogodin et al. 2021 at reduced scale:
 * {@link org.neurotheory.bioplausible.conv.data.ShiftedImages} places each image at a random,
 * fixed position on a larger canvas, and {@link org.neurotheory.bioplausible.conv.data.ShiftedFashionMnist}
 * loads Fashion-MNIST that way (36 x 36 canvas, standardised).
 */
package org.neurotheory.bioplausible.conv.data;
