package org.frontline.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the module and layer rules of DEVELOPERS.md true; web sees every module, so the rules live here. Rules about
 * modules that hold no classes yet allow an empty check, and start biting as soon as the module has code.
 */
@AnalyzeClasses(packages = "org.frontline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CONTAINER_APIS = {
        "jakarta.ws.rs..",
        "jakarta.enterprise..",
        "jakarta.inject..",
        "jakarta.ejb..",
        "jakarta.servlet..",
        "jakarta.transaction..",
        "jakarta.annotation..",
        "org.eclipse.microprofile..",
        "org.hibernate..",
        "org.apache.lucene..",
        "org.flywaydb.."
    };

    /** The audit trail's annotations: the one piece of Hibernate the domain may carry (annotations, no runtime). */
    private static final DescribedPredicate<JavaClass> AUDIT_ANNOTATIONS = DescribedPredicate.describe(
            "Envers' audit annotations and their enum members",
            c -> c.getPackageName().equals("org.hibernate.envers") && (c.isAnnotation() || c.isEnum()));

    private static DescribedPredicate<JavaClass> containerApi(String... packages) {
        return resideInAnyPackage(packages).and(not(AUDIT_ANNOTATIONS));
    }

    @ArchTest
    static final ArchRule coreImportsNoContainerApi = noClasses()
            .that()
            .resideInAPackage("org.frontline.core..")
            .should()
            .dependOnClassesThat(containerApi(CONTAINER_APIS))
            .because("core holds the domain model: JDK plus jakarta.persistence and jakarta.validation only");

    @ArchTest
    static final ArchRule domainHasNoRuntimeCode = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat(containerApi(
                    "jakarta.persistence.criteria..",
                    "org.hibernate..",
                    "org.apache.lucene..",
                    "jakarta.ws.rs..",
                    "jakarta.enterprise..",
                    "jakarta.inject..",
                    "jakarta.ejb.."))
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("domain code carries annotations, never runtime calls");

    @ArchTest
    static final ArchRule coreKnowsNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.frontline.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.frontline.kb..",
                    "org.frontline.routing..",
                    "org.frontline.qualityaudit..",
                    "org.frontline.web..");

    @ArchTest
    static final ArchRule knowledgeBaseKnowsNoSibling = noClasses()
            .that()
            .resideInAPackage("org.frontline.kb..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.frontline.routing..", "org.frontline.qualityaudit..", "org.frontline.web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule routingKnowsNoSibling = noClasses()
            .that()
            .resideInAPackage("org.frontline.routing..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.frontline.kb..", "org.frontline.qualityaudit..", "org.frontline.web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule qualityAuditKnowsNoSibling = noClasses()
            .that()
            .resideInAPackage("org.frontline.qualityaudit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.frontline.kb..", "org.frontline.routing..", "org.frontline.web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule pluginModulesImportNoContainerApi = noClasses()
            .that()
            .resideInAnyPackage("org.frontline.routing..", "org.frontline.qualityaudit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CONTAINER_APIS)
            .because("routing and quality-audit algorithms are plain Java a unit test runs in milliseconds")
            .allowEmptyShould(true);
}
