/** The staff REST API of guest conversations: the inbox, one conversation, takeover, handback, replies. */
package org.omotenashi.concierge.web.api.conversation;
