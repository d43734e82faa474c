package org.frontline.web.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;

/** Catches an endpoint added without {@link Allowed} before it reaches a server (where nobody could call it). */
@AnalyzeClasses(packages = "org.frontline.web", importOptions = ImportOption.DoNotIncludeTests.class)
class EveryEndpointDeclaresRolesTest {
    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    private static final DescribedPredicate<JavaMethod> ENDPOINTS = DescribedPredicate.describe(
            "REST endpoints", method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith));

    private static final ArchCondition<JavaMethod> DECLARE_ROLES = new ArchCondition<>("declare who may call them") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean declared =
                    method.isAnnotatedWith(Allowed.class) || method.getOwner().isAnnotatedWith(Allowed.class);
            events.add(new SimpleConditionEvent(
                    method, declared, method.getFullName() + (declared ? " declares" : " lacks") + " @Allowed"));
        }
    };

    @ArchTest
    static final ArchRule everyEndpointDeclaresItsRoles =
            methods().that(ENDPOINTS).should(DECLARE_ROLES);
}
