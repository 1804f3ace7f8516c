/**
 * Signing staff in to the console and out again, through the Jakarta Security mechanism of {@code
 * web.support}; the passwords themselves are checked there, never here.
 */
package org.omotenashi.concierge.web.console.signin;
