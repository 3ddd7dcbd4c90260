/**
 * The evidence index: passages, hybrid BM25 and vector search, filters, near-duplicate removal. One
 * interface, several implementations.
 */
package org.factdesk.evidence;
