/** Data-set readers, metrics, regression runs, and training of the small shipped models. */
package org.factdesk.eval;
