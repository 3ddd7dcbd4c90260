/**
 * Narration: speech text normalisation, the speech engines, audio encoding, sentence timings and
 * the audio cache.
 */
package org.factdesk.narrate;
