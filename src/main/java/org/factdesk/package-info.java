/**
 * factdesk: an offline fact-checking desk for news. The packages follow the pipeline: {@code net}
 * fetches, {@code article} reads, {@code nlp} and {@code claims} find what to check, {@code
 * sources} and {@code evidence} gather what to check against, {@code verify} judges, {@code report}
 * renders, {@code comments} audits reader comments, {@code narrate} reads aloud, {@code store}
 * persists, {@code server} and {@code cli} are the edges, {@code eval} measures.
 */
package org.factdesk;
