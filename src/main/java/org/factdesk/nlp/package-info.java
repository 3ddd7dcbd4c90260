/**
 * Language analysis shared by the stages: sentences, tokens, part-of-speech (OpenNLP), quantities,
 * temporal expressions, names and titles, and sentence embeddings (ONNX).
 */
package org.factdesk.nlp;
