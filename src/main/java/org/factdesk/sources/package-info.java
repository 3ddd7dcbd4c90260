/**
 * Ingesting sources (RSS, Atom, OPML, JSON Lines, folders, pages, ClaimReview fact-checks) and
 * watching feeds.
 */
package org.factdesk.sources;
