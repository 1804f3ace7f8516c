/**
 * Browser tests of the staff console: a headless Chromium driven through a few whole flows, waiting
 * for what the page shows rather than sleeping. Each test opens a browser of its own.
 */
package org.omotenashi.concierge.it.console;
