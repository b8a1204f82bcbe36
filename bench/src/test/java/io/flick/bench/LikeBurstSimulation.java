package io.flick.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The like burst (issue 4): {@code bench.users} users (2,000) like one video {@code bench.repeats}
 * times each (10: 20,000 requests) at high concurrency. Afterwards the shown {@code likes_count}
 * must equal the number of users whose like succeeded and the stored rows. With
 * {@code -Dbench.kill=true} the server is killed with SIGKILL halfway and restarted against the same
 * database: then every 201 must still be a stored like, and the count must equal the rows.
 * Figures go to {@code docs/benchmarks/likes.md} (appended per run).
 */
public class LikeBurstSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("bench.users", 2000);
    private static final int REPEATS = Integer.getInteger("bench.repeats", 10);
    private static final boolean KILL = Boolean.getBoolean("bench.kill");

    private final BurstStage stage;
    private final Set<Long> liked = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Integer> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private volatile long started;
    private volatile Thread restarter;
    private volatile long finished;

    public LikeBurstSimulation() throws Exception {
        stage = new BurstStage(USERS);
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            records.add(Map.of("token", stage.tokens.get(i), "uid", stage.userIds.get(i)));
        }
        ScenarioBuilder burst = scenario("like burst")
                .feed(listFeeder(records).queue())
                .repeat(REPEATS).on(
                        exec(session -> {
                            if (sent.incrementAndGet() == USERS * REPEATS / 2 && KILL) {
                                restarter = Thread.ofVirtual().start(this::killAndRestart);
                            }
                            return session;
                        })
                        .exec(http("like").post("/api/v1/videos/" + stage.video + "/like")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().saveAs("status"), responseTimeInMillis().saveAs("ms")))
                        .exec(session -> {
                            if (session.contains("status") && session.getInt("status") == 201) {
                                liked.add(session.getLong("uid"));
                                created.incrementAndGet();
                                latencies.add(session.getInt("ms"));
                            }
                            return session;
                        }));
        setUp(burst.injectOpen(rampUsers(USERS).during(5)))
                .protocols(http.baseUrl(stage.base()).shareConnections().maxConnectionsPerHost(256));
    }

    @Override
    public void before() {
        started = System.nanoTime();
    }

    @Override
    public void after() {
        verifyAndReport();
    }

    private void killAndRestart() {
        try {
            stage.killServer();
            System.out.println("Server killed with SIGKILL after " + sent.get() + " requests; restarting");
            stage.startServer();
            System.out.println("Server back");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void verifyAndReport() {
        finished = System.nanoTime();
        try {
            if (restarter != null) {
                restarter.join(); // the server must be back before counting
            }
            long rows = stage.rows();
            long shown = stage.shownLikes();
            int lost = 0;
            for (long user : liked) {
                if (!stage.hasLike(user)) {
                    lost++;
                }
            }
            List<Integer> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double seconds = (finished - started) / 1e9;
            String report = String.format(Locale.ROOT, """

                    ## Like burst%s (%s)

                    %d users × %d likes of one video = %d requests, ramped over 5 s; one Flick server (2 cores, shared
                    with the load generator) on its own PostgreSQL.

                    | measure | value |
                    |---|---|
                    | requests answered 201 | %d |
                    | throughput (201s per second, whole run) | %.0f |
                    | latency of 201s, p50 / p99 | %d ms / %d ms |
                    | users whose like succeeded | %d |
                    | stored like rows | %d |
                    | `likes_count` shown after the flush | %d |
                    | 201 answers without a stored like | %d |
                    | **shown count == stored rows, and every 201 stored** | **%s** |

                    Reproduce: `./mvnw -q -DskipTests install && ./mvnw -q -pl bench gatling:test -Dgatling.simulationClass=io.flick.bench.LikeBurstSimulation%s`
                    """, KILL ? ", server killed with SIGKILL halfway and restarted" : "", LocalDate.now(), USERS, REPEATS,
                    USERS * REPEATS, created.get(), created.get() / seconds, percentile(sorted, 50), percentile(sorted, 99),
                    liked.size(), rows, shown, lost, rows == shown && lost == 0 ? "yes" : "NO",
                    KILL ? " -Dbench.kill=true" : "");
            Path docs = Path.of(System.getProperty("flick.root", ".")).resolve("docs/benchmarks/likes.md");
            if (!Files.exists(docs)) {
                Files.createDirectories(docs.getParent());
                Files.writeString(docs, "# Like burst benchmark\n");
            }
            Files.writeString(docs, report, java.nio.file.StandardOpenOption.APPEND);
            System.out.println(report);
            stage.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
