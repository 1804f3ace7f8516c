/**
 * Tests of the guest channels against the running application, with WhatsApp's Graph API and
 * Twilio's API played by fake servers on 127.0.0.1 that speak their wire formats.
 */
package org.omotenashi.concierge.it.channels;
