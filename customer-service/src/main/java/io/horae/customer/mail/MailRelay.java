package io.horae.customer.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the mails of {@link MailOutbox} every second, a few at a time, each deleted once the mail server accepted it
 * (a crash in between sends it again). A mail the server refuses is tried again later, waiting twice as long each time
 * up to an hour. Replicas share the work: a mail being sent is locked ({@code SKIP LOCKED}).
 */
@ApplicationScoped
public class MailRelay {
    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    private static final int BATCH = 20;
    private static final long LONGEST_WAIT_SECONDS = 3600;

    private final Pool pool;
    private final ReactiveMailer mailer;
    private final Vertx vertx;
    private final AtomicBoolean sending = new AtomicBoolean();
    private long timer = -1;

    MailRelay(Pool pool, ReactiveMailer mailer, Vertx vertx) {
        this.pool = pool;
        this.mailer = mailer;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent ignored) {
        timer = vertx.setPeriodic(Duration.ofSeconds(1).toMillis(), tick -> sendDue());
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        pool.withTransaction(connection -> connection.preparedQuery("""
                                SELECT id, recipient, subject, body, attempts FROM mail_outbox
                                WHERE next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1
                                FOR UPDATE SKIP LOCKED""").execute(Tuple.of(BATCH))
                        .chain(due -> Multi.createFrom().iterable(due)
                                .onItem().transformToUniAndConcatenate(row -> send(connection, row))
                                .collect().asList()))
                .onTermination().invoke(() -> sending.set(false))
                .subscribe().with(sent -> { }, failure -> LOG.warnf("sending queued mails failed: %s", failure.toString()));
    }

    private Uni<Void> send(SqlConnection connection, Row row) {
        Object id = row.getUUID("id");
        return mailer.send(Mail.withText(row.getString("recipient"), row.getString("subject"), row.getString("body")))
                .chain(() -> connection.preparedQuery("DELETE FROM mail_outbox WHERE id = $1").execute(Tuple.of(id)))
                .onFailure().recoverWithUni(refused -> {
                    int attempts = row.getInteger("attempts") + 1;
                    long wait = Math.min(LONGEST_WAIT_SECONDS, 1L << Math.min(attempts, 12));
                    LOG.warnf("mail %s refused (attempt %d), trying again in %d s: %s", id, attempts, wait, refused);
                    return connection.preparedQuery("""
                                    UPDATE mail_outbox SET attempts = $2, next_attempt_at = now() + make_interval(secs => $3)
                                    WHERE id = $1""")
                            .execute(Tuple.of(id, attempts, (double) wait));
                })
                .replaceWithVoid();
    }
}
