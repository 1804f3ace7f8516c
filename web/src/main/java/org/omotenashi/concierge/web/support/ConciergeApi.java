package org.omotenashi.concierge.web.support;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.omotenashi.concierge.staff.StaffRole;

/**
 * The REST API under {@code /api}: staff endpoints need an MP-JWT bearer token. {@code
 * ApplicationScoped} because MP-JWT needs the {@code @LoginConfig} class to be a bean in an
 * annotated bean archive.
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
public class ConciergeApi extends Application {}
