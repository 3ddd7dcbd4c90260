/** Narration internals: number and abbreviation rules, engines, audio containers. Not API. */
package org.factdesk.narrate.internal;
