/**
 * Every text the system sends a guest: templates by key, language and variant, with versions (who
 * changed what, when, why; rollback), rendered with ICU MessageFormat in the guest's locale and the
 * hotel's time zone; and A/B experiments on a template key with sticky assignment and outcome
 * statistics. The defaults in six languages ship in {@code templates/defaults.yaml}.
 */
package org.omotenashi.concierge.template;
