/** The guest web chat's API: no sign-in; a guest is whoever holds the conversation id. */
package org.omotenashi.concierge.web.api.webchat;
