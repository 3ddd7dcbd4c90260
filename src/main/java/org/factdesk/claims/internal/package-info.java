/** Check-worthiness features, the linear model, its trainer, and claim splitting helpers. */
package org.factdesk.claims.internal;
