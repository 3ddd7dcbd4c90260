/**
 * Real browser tests: headless Chromium through chromedriver, skipped where neither is installed.
 */
package org.factdesk.browser;
