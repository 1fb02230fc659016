package io.horae.kernel;

import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.idempotency.IdempotencyRetention;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class IdempotencyTest {
    /** Two operations whose requests look alike. */
    record Rename(String name) {
    }

    record Relabel(String name) {
    }

    @Inject
    Idempotency idempotency;
    @Inject
    IdempotencyRetention retention;
    @Inject
    Pool pool;

    @Test
    void answersAreForgottenAfterADay() throws Exception {
        String tenant = "retention-" + UUID.randomUUID();
        execute("INSERT INTO idempotency_key (tenant_id, key, request_hash, response_status, response_body, started_at) "
                + "VALUES ('" + tenant + "', 'old', 'h', 201, '{\"email\":\"jana@example.com\"}', now() - interval '25 hours'), "
                + "('" + tenant + "', 'recent', 'h', 201, '{}', now() - interval '23 hours')");
        retention.prune().await().indefinitely();
        assertThat(count("SELECT count(*) FROM idempotency_key WHERE tenant_id = '" + tenant + "' AND key = 'old'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM idempotency_key WHERE tenant_id = '" + tenant + "' AND key = 'recent'"))
                .isOne();
    }

    @Test
    void aKeyUsedOnAnotherOperationIsRefusedNotReplayed() {
        String tenant = "scoped-" + UUID.randomUUID();
        Idempotency.Outcome first = idempotency.begin(tenant, "k1", new Rename("Eva")).await().indefinitely();
        pool.withTransaction(connection -> first.attempt().complete(connection,
                Response.status(201).entity("renamed").build())).await().indefinitely();
        assertThat(idempotency.begin(tenant, "k1", new Rename("Eva")).await().indefinitely().replay().getStatus())
                .isEqualTo(201);
        assertThatThrownBy(() -> idempotency.begin(tenant, "k1", new Relabel("Eva")).await().indefinitely())
                .hasMessageContaining("different request");
    }

    private static void execute(String statement) throws Exception {
        try (Connection db = HoraeInfrastructure.database()) {
            db.createStatement().execute(statement);
        }
    }

    private static long count(String query) throws Exception {
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
