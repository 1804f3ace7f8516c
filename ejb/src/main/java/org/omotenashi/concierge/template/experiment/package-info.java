/**
 * The arithmetic of A/B experiments on guest messages: which variant a guest reads, and what the
 * counts per variant say (conversion rates with confidence intervals, significance tests). Pure
 * functions only: persistence, transactions and the experiment's life cycle belong to the service
 * in {@code template}.
 */
package org.omotenashi.concierge.template.experiment;
