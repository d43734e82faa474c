package org.frontline.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Roots the REST API at {@code /api}, declares the roles its endpoints check, and names it in the OpenAPI document. */
@ApplicationPath("/api")
@DeclareRoles({"AGENT", "QA_ANALYST", "TEAM_LEAD", "SUPERVISOR", "ADMIN"})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Frontline API",
                        version = "0.1.0",
                        description = "Contact-centre platform: customers, contacts and cases, routing, knowledge base,"
                                + " quality audit and KPIs. Errors are application/problem+json (RFC 9457).",
                        license = @License(name = "Apache-2.0")))
public class FrontlineApplication extends Application {}
