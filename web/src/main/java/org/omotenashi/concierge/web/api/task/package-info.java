/**
 * The staff REST API of tasks: list, read, write down and change the tasks of the hotel's
 * departments, a department's members limited to their own. Translation only: the rules live in
 * {@code org.omotenashi.concierge.task}.
 */
package org.omotenashi.concierge.web.api.task;
