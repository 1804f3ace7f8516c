package org.omotenashi.concierge.web.support;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.web.api.auth.AuthResource;
import org.omotenashi.concierge.web.api.booking.AvailabilityResource;
import org.omotenashi.concierge.web.api.booking.BookingResource;
import org.omotenashi.concierge.web.api.booking.InventoryResource;
import org.omotenashi.concierge.web.api.conversation.ConversationResource;
import org.omotenashi.concierge.web.api.property.PropertyResource;
import org.omotenashi.concierge.web.api.staff.StaffResource;
import org.omotenashi.concierge.web.api.task.TaskResource;
import org.omotenashi.concierge.web.api.template.ExperimentResource;
import org.omotenashi.concierge.web.api.template.TemplateResource;
import org.omotenashi.concierge.web.api.webchat.WebChatResource;

/**
 * The REST API under {@code /api}: staff endpoints need an MP-JWT bearer token; the guest web chat
 * and sign-in do not. {@code ApplicationScoped} because MP-JWT needs the {@code @LoginConfig} class
 * to be a bean in an annotated bean archive.
 *
 * <p>Lists its resources rather than letting the container scan, so that the providers' webhooks
 * (their own application under {@code /webhooks}) do not appear here too.
 */
@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({StaffRole.Names.ADMIN, StaffRole.Names.AGENT, StaffRole.Names.DEPARTMENT})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Omotenashi Concierge API",
            version = "1",
            description = "Staff REST API, guest web chat and channel webhooks."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ConciergeApi extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes =
        new LinkedHashSet<>(
            List.of(
                AuthResource.class,
                PropertyResource.class,
                StaffResource.class,
                AvailabilityResource.class,
                BookingResource.class,
                InventoryResource.class,
                ConversationResource.class,
                TaskResource.class,
                WebChatResource.class,
                TemplateResource.class,
                ExperimentResource.class));
    classes.addAll(CommonProviders.CLASSES);
    return classes;
  }
}
