/** Comment threads and their integrity audit: signals, clusters, labels and reasons. */
package org.factdesk.comments;
