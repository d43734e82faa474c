package org.frontline.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void anH2DatabaseInTheServersOwnProcessIsEmbedded() throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:embedded-test")) {
            assertThat(EmbeddedDatabase.is(h2.getMetaData())).isTrue();
        }
        assertThat(EmbeddedDatabase.is("H2", "jdbc:h2:file:/srv/frontline/data/frontline"))
                .isTrue();
    }

    @Test
    void anH2ServerOrAnyOtherDatabaseIsNot() {
        assertThat(EmbeddedDatabase.is("H2", "jdbc:h2:tcp://db.example.org/frontline"))
                .isFalse();
        assertThat(EmbeddedDatabase.is("H2", "jdbc:h2:ssl://db.example.org/frontline"))
                .isFalse();
        assertThat(EmbeddedDatabase.is("PostgreSQL", "jdbc:postgresql://127.0.0.1:5432/frontline"))
                .isFalse();
    }
}
