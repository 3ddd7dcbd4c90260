/**
 * The one safe HTTP client: timeouts, size caps (also after decompression), redirect limits,
 * charset detection, and refusal of loopback, private and link-local targets unless configured.
 */
package org.factdesk.net;
