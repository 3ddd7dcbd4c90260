/** Parsers and helpers behind ingestion. Not API. */
package org.factdesk.sources.internal;
