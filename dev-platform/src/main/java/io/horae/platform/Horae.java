package io.horae.platform;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The platform in the foreground: embedded (or external) PostgreSQL and Kafka, four services and the gateway as
 * child JVMs, each awaited ready; one that dies later is started again ({@link Supervisor}). Ctrl-C or SIGTERM stops
 * every child; a child whose launcher dies stops itself.
 */
public final class Horae {
    /** The services behind the gateway: name, module, port offset from the gateway port, database. */
    record Service(String name, String module, int portOffset, String database, boolean ownsBookings) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("customer", "customer-service", 1, "horae_customer", false),
            new Service("availability", "availability-service", 2, "horae_availability", false),
            new Service("reservations", "reservations-service", 3, "horae_reservations", false),
            new Service("booking", "booking-service", 4, "horae_booking", true));

    static final String GATEWAY_DATABASE = "horae_gateway";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final PlatformSettings settings;
    private final PrintStream console;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private Infrastructure infrastructure;
    private Supervisor supervisor;

    Horae(PlatformSettings settings, PrintStream console) {
        this.settings = settings;
        this.console = console;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("horae.root", ".")).toAbsolutePath().normalize();
        Horae horae = new Horae(PlatformSettings.from(System.getenv(), root), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            horae.stop();
            stopped.countDown();
        }, "horae-shutdown"));
        try {
            horae.up();
        } catch (RuntimeException e) {
            System.err.println("horae: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    void up() {
        Instant started = Instant.now();
        List<String> databases = new ArrayList<>(SERVICES.stream().map(Service::database).toList());
        databases.add(GATEWAY_DATABASE);
        console.println("horae: PostgreSQL " + settings.externalDbUrl().map(u -> "at " + u).orElse("17 embedded")
                + ", Kafka " + settings.externalKafka().map(k -> "at " + k).orElse("4.0 embedded")
                + ", data in " + settings.home());
        // the services boot while Kafka starts (they wait for the broker themselves): on two cores the broker's
        // start and the JVMs' overlap instead of adding up
        infrastructure = Infrastructure.startDatabaseFirst(new Infrastructure.Plan(settings.home(), settings.postgresPort(),
                settings.kafkaPort(), "384m", settings.externalDbUrl(), settings.dbUser(), settings.dbPassword(),
                settings.externalKafka()), databases);
        String dbUrl = infrastructure.dbUrl();
        String kafka = infrastructure.kafkaBootstrapServers();
        InternalTokenKeys keys = InternalTokenKeys.in(settings.home().resolve("keys"));
        for (int replica = 0; replica < settings.replicas(); replica++) {
            // each replica's services ask the same replica of the others (reservations asks availability, booking
            // reservations and customer); its gateway routes to every replica in turn
            Map<String, String> peers = new HashMap<>();
            for (Service service : SERVICES) {
                peers.put(upstreamVariable(service), url(replica, service.portOffset()));
            }
            for (Service service : SERVICES) {
                Map<String, String> env = serviceEnvironment(dbUrl + "/" + service.database(), kafka);
                env.putAll(peers);
                env.put("HORAE_TOKEN_VERIFY_KEY", keys.trusted().toString());
                // e-mails (bookings, account invitations) stay in a mock mailbox (logged) unless an SMTP server is set
                env.put("HORAE_MAIL_MOCK", System.getenv("HORAE_SMTP_HOST") == null ? "true" : "false");
                env.put("HORAE_PUBLIC_URL", url(0, 0));
                if (service.ownsBookings()) {
                    env.put("HORAE_TICKET_SECRET", settings.ticketSecret());
                }
                if (InternalTokenKeys.SIGNERS.contains(service.name())) {
                    env.put("HORAE_TOKEN_SIGN_KEY", keys.signingKey(service.name()).toString());
                }
                processes.add(new ServiceProcess(name(service.name(), replica), jar(service.module()),
                        settings.port(replica, service.portOffset()), env));
            }
        }
        for (int replica = 0; replica < settings.replicas(); replica++) {
            Map<String, String> gatewayEnv = serviceEnvironment(dbUrl + "/" + GATEWAY_DATABASE, kafka);
            for (Service service : SERVICES) {
                List<String> all = new ArrayList<>();
                for (int r = 0; r < settings.replicas(); r++) {
                    all.add(url(r, service.portOffset()));
                }
                gatewayEnv.put(upstreamVariable(service), String.join(",", all));
            }
            gatewayEnv.put("HORAE_GATEWAY_REPLICAS", Integer.toString(settings.replicas()));
            gatewayEnv.put("HORAE_TOKEN_SIGN_KEY", keys.signingKey("gateway").toString());
            gatewayEnv.put("HORAE_BOOTSTRAP_TENANT", settings.demoTenant());
            gatewayEnv.put("HORAE_BOOTSTRAP_API_KEY", settings.demoApiKey());
            gatewayEnv.put("HORAE_BOOTSTRAP_BOOKING_PAGE", "true");
            processes.add(new ServiceProcess(name("gateway", replica), jar("gateway"), settings.port(replica, 0),
                    gatewayEnv));
        }

        Path logs = settings.home().resolve("logs");
        processes.forEach(p -> p.start(settings.serviceHeap(), logs, console));
        console.println("horae: infrastructure ready (" + infrastructure.awaitKafka().took() + ")");
        CompletableFuture.allOf(processes.stream()
                .map(p -> CompletableFuture.runAsync(() -> p.awaitReady(READY_TIMEOUT)))
                .toArray(CompletableFuture[]::new)).join();

        Duration took = Duration.between(started, Instant.now());
        String url = url(0, 0);
        writeReadyFile(url, took);
        supervisor = new Supervisor(processes, infrastructure.embeddedKafka(), settings.serviceHeap(), logs, console,
                () -> writeReadyFile(url, took)).watch();
        console.printf("%nhorae: ready in %.1f s%n  gateway  %s%n  tenant   %s%n  api key  %s%n"
                        + "  try      curl -H 'Authorization: Bearer %s' %s/api/v1/customers%n"
                        + "  stop     Ctrl-C (or ./horae stop when detached)%n%n",
                took.toMillis() / 1000.0, url, settings.demoTenant(), settings.demoApiKey(),
                settings.demoApiKey(), url);
    }

    private String url(int replica, int offset) {
        return "http://localhost:" + settings.port(replica, offset);
    }

    private static String upstreamVariable(Service service) {
        return "HORAE_UPSTREAM_" + service.name().toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code booking} for the first replica, {@code booking-2} for the second, and so on. */
    private static String name(String base, int replica) {
        return replica == 0 ? base : base + "-" + (replica + 1);
    }

    private Map<String, String> serviceEnvironment(String jdbclessUrl, String kafka) {
        Map<String, String> env = new HashMap<>(commonEnvironment());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", jdbclessUrl);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:" + jdbclessUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", settings.dbUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", settings.dbPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        return env;
    }

    private Map<String, String> commonEnvironment() {
        return Map.of(
                "HORAE_PARENT_WATCH", "true",
                "QUARKUS_BANNER_ENABLED", "false",
                "QUARKUS_LOG_CONSOLE_FORMAT", "%d{HH:mm:ss} %-5p [%c{1.}] %s%e%n");
    }

    private Path jar(String module) {
        return settings.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private void writeReadyFile(String url, Duration took) {
        try {
            Files.createDirectories(settings.home());
            StringBuilder ready = new StringBuilder();
            ready.append("url=").append(url).append('\n');
            for (int replica = 1; replica < settings.replicas(); replica++) {
                ready.append("url.").append(replica + 1).append('=').append(url(replica, 0)).append('\n');
            }
            ready.append("tenant=").append(settings.demoTenant()).append('\n')
                    .append("api_key=").append(settings.demoApiKey()).append('\n')
                    .append("ready_ms=").append(took.toMillis()).append('\n')
                    .append("launcher_pid=").append(ProcessHandle.current().pid()).append('\n');
            for (ServiceProcess p : processes) {
                ready.append("pid.").append(p.name()).append('=').append(p.pid()).append('\n');
                if (p.readyAfter() != null) {
                    ready.append("ready_ms.").append(p.name()).append('=').append(p.readyAfter().toMillis()).append('\n');
                }
                ready.append("restarts.").append(p.name()).append('=').append(p.restarts()).append('\n');
            }
            infrastructure.embeddedKafka().ifPresent(k -> ready.append("pid.kafka=").append(k.pid()).append('\n'));
            Path written = Files.writeString(settings.home().resolve("ready.tmp"), ready);
            Files.move(written, settings.home().resolve("ready"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops the gateway first, then the services, then Kafka and PostgreSQL; safe to call more than once. */
    synchronized void stop() {
        if (supervisor != null) {
            supervisor.close();
            supervisor = null;
        }
        try {
            Files.deleteIfExists(settings.home().resolve("ready"));
        } catch (java.io.IOException e) {
            // a stale ready file is harmless: status also checks the processes
        }
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop();
        }
        processes.forEach(p -> p.awaitExit(Duration.ofSeconds(20)));
        processes.clear();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
        console.println("horae: stopped");
    }
}
