/**
 * Persistence of articles, checks, audits and feed state in the data directory (embedded database
 * by default).
 */
package org.factdesk.store;
