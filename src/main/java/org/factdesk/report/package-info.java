/** The check report and its renderings: JSON, Markdown, HTML and ClaimReview. */
package org.factdesk.report;
