/**
 * Finding check-worthy claims and their structure: quantities, dates, actors and roles,
 * attribution, negation; splitting compound claims and making each stand alone.
 */
package org.factdesk.claims;
