package org.frontline.web.routing;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.routing.desk.RoutingDesk;
import org.frontline.web.platform.Periodic;

/**
 * Builds the routing engine from the database at start-up (after the migration and the demo data), then ticks it
 * every {@code FRONTLINE_ROUTING_TICK_SECONDS} (5 by default; 0 turns it off): waiting contacts widen on time and
 * offers not accepted in time go to someone else.
 */
@ApplicationScoped
public class RoutingSchedule {
    private static final Logger LOG = Logger.getLogger(RoutingSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "FRONTLINE_ROUTING_TICK_SECONDS", defaultValue = "5")
    long seconds;

    @Inject
    RoutingDesk desk;

    private Periodic task;

    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) Startup startup) {
        int open = desk.rebuild();
        LOG.info(() -> "Routing engine built from the database: " + open + " contacts in routing");
        if (seconds <= 0) {
            LOG.info("Routing tick is off (FRONTLINE_ROUTING_TICK_SECONDS=" + seconds + ")");
            return;
        }
        task = Periodic.every(scheduler, "Routing tick", seconds, desk::tick);
    }

    void stop(@Observes Shutdown shutdown) {
        if (task != null) {
            task.stop();
        }
    }
}
