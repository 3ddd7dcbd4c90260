/** The web app: pages, the /v1 JSON API with OpenAPI, and the embeddable widget. */
package org.factdesk.server;
