/** Wire-level helpers of the HTTP client: bounded, deadline-aware and chunked streams. */
package org.factdesk.net.internal;
