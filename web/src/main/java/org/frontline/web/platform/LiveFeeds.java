package org.frontline.web.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Streams a live view to a browser as server-sent events: the view is read from the database every second and sent
 * when it changed (so every server of a cluster sees every change), with a heartbeat comment every
 * {@value #HEARTBEAT_SECONDS} seconds. A stream ends after {@link #LIFETIME}; browsers' EventSource reconnects by
 * itself, which also re-checks the caller's login.
 */
@ApplicationScoped
public class LiveFeeds {
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int HEARTBEAT_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(LiveFeeds.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Transactions transactions;

    private final Set<Feed> open = ConcurrentHashMap.newKeySet();

    /** Sends {@code view} as events named {@code event} to {@code sink} now and whenever it changes. */
    public void stream(SseEventSink sink, Sse sse, String event, Supplier<?> view) {
        Feed feed = new Feed(sink, sse, event, view);
        open.add(feed);
        feed.task = scheduler.scheduleWithFixedDelay(feed::tick, 0, 1, TimeUnit.SECONDS);
    }

    /** Ends every stream when the application stops, so no open connection holds the server's shutdown up. */
    @PreDestroy
    void endAll() {
        open.forEach(Feed::end);
    }

    /** One open stream. */
    private final class Feed {
        private final SseEventSink sink;
        private final Sse sse;
        private final String event;
        private final Supplier<?> view;
        private final long endsAt = System.nanoTime() + LIFETIME.toNanos();
        private volatile ScheduledFuture<?> task;
        private String last;
        private int quietSeconds;

        Feed(SseEventSink sink, Sse sse, String event, Supplier<?> view) {
            this.sink = sink;
            this.sse = sse;
            this.event = event;
            this.view = view;
        }

        void tick() {
            try {
                if (sink.isClosed() || System.nanoTime() - endsAt > 0) {
                    end();
                    return;
                }
                String json = JSONB.toJson(transactions.run(view::get));
                if (!json.equals(last)) {
                    last = json;
                    quietSeconds = 0;
                    send(sse.newEventBuilder()
                            .name(event)
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(json)
                            .build());
                } else if (++quietSeconds >= HEARTBEAT_SECONDS) {
                    quietSeconds = 0;
                    send(sse.newEventBuilder().comment("still here").build());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "live feed '" + event + "' ended", e);
                end();
            }
        }

        private void send(OutboundSseEvent outbound) {
            sink.send(outbound).exceptionally(failure -> {
                end();
                return null;
            });
        }

        void end() {
            open.remove(this);
            ScheduledFuture<?> running = task;
            if (running != null) {
                running.cancel(false);
            }
            if (!sink.isClosed()) {
                try {
                    sink.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing live feed '" + event + "' failed", e);
                }
            }
        }
    }
}
