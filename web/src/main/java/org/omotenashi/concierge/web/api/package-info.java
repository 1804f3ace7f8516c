/**
 * The staff REST API of ../shared/API.md, one sub-package per feature: records for bodies, Bean
 * Validation on them, {@code @RolesAllowed} on every staff resource, and a service call. No business
 * rules here.
 */
package org.omotenashi.concierge.web.api;
