/**
 * The staff console's shell, which every page shares: the layout's top bar and navigation, the
 * language staff read it in, and the bundle it speaks from. One sub-package per area of the
 * console, each a page and its small backing bean; no business rules and no persistence here.
 */
package org.omotenashi.concierge.web.console;
