package io.horae.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL 17 server from the zonky binaries, run as its own process with its data in {@code dataDir}.
 * Databases are created on demand, so one server holds one database per service.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code port}, keeping existing data in {@code dataDir}. */
    public static PostgresServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            ProcessCleanup.killStalePostmaster(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            return new PostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Base URL without a database, as services expect in {@code HORAE_DB_URL}. */
    public String baseUrl() {
        return "postgresql://localhost:" + port();
    }


    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    /** Creating databases on any PostgreSQL server, embedded or external. */
    public static final class Databases {
        private Databases() {
        }

        public static void create(String adminJdbcUrl, String user, String password, List<String> names) {
            try (Connection connection = java.sql.DriverManager.getConnection(adminJdbcUrl, user, password);
                 Statement statement = connection.createStatement()) {
                for (String name : names) {
                    if (!name.matches("[a-z_][a-z0-9_]*")) {
                        throw new IllegalArgumentException("not a database name: " + name);
                    }
                    try (ResultSet rs = statement.executeQuery(
                            "SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                    statement.execute("CREATE DATABASE " + name);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not create databases " + names + " at " + adminJdbcUrl, e);
            }
        }
    }
}
