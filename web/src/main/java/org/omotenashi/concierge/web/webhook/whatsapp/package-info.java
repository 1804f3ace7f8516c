/**
 * WhatsApp Cloud API's webhook: Meta's subscription check and its message and status notifications.
 * Reading the payload and checking its signature belong to {@code messaging.whatsapp}; this package
 * only translates HTTP.
 */
package org.omotenashi.concierge.web.webhook.whatsapp;
