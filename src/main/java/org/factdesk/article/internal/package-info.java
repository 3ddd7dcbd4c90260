/** How articles are read: HTML metadata, main text, comments, plain text layout. Not API. */
package org.factdesk.article.internal;
