package org.frontline.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Roots the REST API at {@code /api}, declares the roles its endpoints check, and names it in the OpenAPI document. */
@ApplicationPath("/api")
@DeclareRoles({"AGENT", "QA_ANALYST", "TEAM_LEAD", "SUPERVISOR", "ADMIN"})
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "Username and password (hashed again on every request: scripts should use a token)")
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API token made with POST /api/me/tokens")
@OpenAPIDefinition(
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")},
        info =
                @Info(
                        title = "Frontline API",
                        version = "0.1.0",
                        description = "Contact-centre platform: customers, contacts and cases, routing, knowledge base,"
                                + " quality audit and KPIs. Errors are application/problem+json (RFC 9457). Every"
                                + " endpoint needs a login (HTTP Basic or a bearer API token) and one of the roles it"
                                + " names (the repository's it-tests/src/test/resources/access-matrix.txt lists them).",
                        license = @License(name = "Apache-2.0")))
public class FrontlineApplication extends Application {}
