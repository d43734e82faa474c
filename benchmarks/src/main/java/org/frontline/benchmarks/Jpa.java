package org.frontline.benchmarks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/** What the benchmarks do the same way: open their H2 database fresh or reused, run work in a resource-local transaction. */
final class Jpa {
    private Jpa() {}

    static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * The JDBC URL of an H2 file database {@code name} in {@code home}, migrated: the one the last run left when
     * {@code reuse} is asked for and there is one, else a fresh one.
     */
    static String h2Database(Path home, String name, boolean reuse) throws IOException {
        if (!reuse) {
            deleteRecursively(home);
        }
        String url = "jdbc:h2:file:" + home.toAbsolutePath().resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        return url;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
