/**
 * The evaluation of the concierge: a corpus of guest journeys in six languages (in
 * {@code src/test/resources/evaluation/}), played against the running system through the guest web
 * chat and checked through the staff API, with the figures written to {@code docs/evaluation.md}.
 * Nothing here may read the agent's code or data: the corpus measures understanding of unseen
 * messages.
 */
package org.omotenashi.concierge.it.evaluation;
