package org.omotenashi.concierge.ear;

import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Never used: its only job is to carry a Fault Tolerance annotation where Payara Server looks for
 * one, so that the EAR's Fault Tolerance annotations take effect. It is packed alone in the EAR's
 * {@code lib/concierge-ft-activation.jar} (see the EAR's pom) and is not a CDI bean.
 *
 * <p>Why (Payara Server 6.2025.10, checked in its classes): Payara registers its Fault Tolerance CDI
 * extension ({@code FaultToleranceExtension}, which adds the interceptor that makes
 * {@code @Timeout}, {@code @Retry}, {@code @CircuitBreaker} and {@code @Fallback} act) only for
 * modules its {@code FaultToleranceSniffer} accepts. That sniffer ({@code MicroProfileSniffer}
 * in {@code microprofile-connector.jar}) accepts WAR modules only ({@code supportsArchiveType}:
 * {@code .war}), and then only when a class of the WAR or of the EAR's {@code lib/} carries one of
 * the annotations ({@code DOLUtils.getSniffersForModule} scans the module's class path plus the
 * library jars). Our annotated gateways live in the EJB module, which the sniffer never looks at,
 * and the web module has none: without this class the extension is never registered for the EAR
 * and every Fault Tolerance annotation is silently ignored. Once registered (for the WAR module),
 * the extension serves the whole application's CDI deployment, the EJB module included.
 *
 * <p>On Payara Micro the WAR carries the EJB jar in {@code WEB-INF/lib}, so the gateways' own
 * annotations are found; this class is not in that WAR.
 */
final class FaultToleranceActivation {
  private FaultToleranceActivation() {}

  @Timeout
  static void marker() {}
}
