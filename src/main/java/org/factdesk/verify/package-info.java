/**
 * Judging claims: passage stance, structured checks of numbers, dates, roles and attribution,
 * internal consistency, and the verdict with confidence and explanation.
 */
package org.factdesk.verify;
