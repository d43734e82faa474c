package org.frontline.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The persistence unit lists its classes by hand (they live in other jars): this keeps the list complete. */
class PersistenceUnitTest {

    @Test
    void listsEveryMappedClassOfEveryModule() throws IOException {
        Set<String> mapped = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.frontline").stream()
                        .filter(c -> c.isAnnotatedWith(Entity.class)
                                || c.isAnnotatedWith(Embeddable.class)
                                || c.isAnnotatedWith(MappedSuperclass.class))
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());

        assertThat(mapped).isNotEmpty();
        assertThat(listedClasses()).containsExactlyInAnyOrderElementsOf(mapped);
    }

    private static Set<String> listedClasses() throws IOException {
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>").matcher(xml);
            return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
        }
    }
}
