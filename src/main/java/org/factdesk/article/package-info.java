/**
 * Reading articles: HTML (JSON-LD and OpenGraph metadata, main-text extraction), plain text and
 * URLs, into {@link org.factdesk.article.Article} records with character offsets; comments found on
 * pages.
 */
package org.factdesk.article;
