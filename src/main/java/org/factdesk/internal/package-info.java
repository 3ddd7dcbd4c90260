/**
 * Helpers shared by the packages. Not API: do not depend on anything here from outside factdesk.
 */
package org.factdesk.internal;
