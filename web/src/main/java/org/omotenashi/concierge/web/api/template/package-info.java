/** The administrators' REST API of message templates (versions, rollback, diff) and A/B experiments. */
package org.omotenashi.concierge.web.api.template;
