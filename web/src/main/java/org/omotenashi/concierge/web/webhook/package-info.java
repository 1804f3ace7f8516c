/**
 * The guest channels' webhooks under {@code /webhooks}, one sub-package per channel, each
 * authenticated by its provider's signature rather than by staff credentials. They verify, store
 * the message through the inbox and answer at once; no business rules and no replies happen here.
 */
package org.omotenashi.concierge.web.webhook;
