/** Implementation details of the evidence index. Not API. */
package org.factdesk.evidence.internal;
