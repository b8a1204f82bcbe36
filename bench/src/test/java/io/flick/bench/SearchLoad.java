package io.flick.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A closed-loop load over HTTP: {@code concurrency} clients, each signed in as its own member, each
 * sending the kinds in turn (the trivial endpoint, then every search, then suggest, then again), so
 * every kind is measured under the same load at the same moments and their ratios mean something on
 * a noisy machine. A client sends its next request as soon as the last one is answered.
 */
final class SearchLoad {

    /** The trivial endpoint every figure is compared with: no database, no index. */
    static final String TRIVIAL = "trivial";
    static final List<String> KINDS = List.of(TRIVIAL, "videos", "users", "sounds", "hashtags", "suggest");

    record KindFigures(String kind, int requests, int failures, double p50Ms, double p99Ms, double maxMs) {
    }

    record StepFigures(int concurrency, double seconds, double requestsPerSecond, Map<String, KindFigures> kinds) {
        double ratio(String kind, boolean p99) {
            KindFigures trivial = kinds.get(TRIVIAL);
            KindFigures figures = kinds.get(kind);
            return p99 ? figures.p99Ms() / trivial.p99Ms() : figures.p50Ms() / trivial.p50Ms();
        }
    }

    private final HttpClient http;
    private final String base;
    private final List<RefreshingLogin> members;
    private final Map<String, List<String>> queries;

    SearchLoad(HttpClient http, String base, List<RefreshingLogin> members, Map<String, List<String>> queries) {
        this.http = http;
        this.base = base;
        this.members = members;
        this.queries = queries;
    }

    StepFigures run(int concurrency, Duration length, long seed) throws InterruptedException {
        List<Client> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + length.toNanos();
        long started = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            Client client = new Client(members.get(c % members.size()), new SplittableRandom(seed + c), c, deadline);
            clients.add(client);
            threads.add(Thread.ofPlatform().name("search-load-" + c).start(client));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, KindFigures> kinds = new LinkedHashMap<>();
        int total = 0;
        for (int k = 0; k < KINDS.size(); k++) {
            int count = 0;
            int failures = 0;
            for (Client client : clients) {
                count += client.counts[k];
                failures += client.failures[k];
            }
            long[] all = new long[count];
            int at = 0;
            for (Client client : clients) {
                System.arraycopy(client.nanos[k], 0, all, at, client.counts[k]);
                at += client.counts[k];
            }
            Arrays.sort(all);
            total += count;
            kinds.put(KINDS.get(k), new KindFigures(KINDS.get(k), count, failures, percentile(all, 0.50),
                    percentile(all, 0.99), count == 0 ? Double.NaN : all[count - 1] / 1e6));
        }
        return new StepFigures(concurrency, seconds, total / seconds, kinds);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private URI uri(String kind, SplittableRandom random) {
        if (kind.equals(TRIVIAL)) {
            return URI.create(base + "/actuator/health/liveness");
        }
        List<String> texts = queries.get(kind);
        String q = URLEncoder.encode(texts.get(random.nextInt(texts.size())), StandardCharsets.UTF_8);
        return URI.create(base + (kind.equals("suggest") ? "/api/v1/search/suggest?q=" : "/api/v1/search/" + kind + "?q=") + q);
    }

    private final class Client implements Runnable {
        final RefreshingLogin member;
        final SplittableRandom random;
        final long deadline;
        final int offset;
        final long[][] nanos = new long[KINDS.size()][1024];
        final int[] counts = new int[KINDS.size()];
        final int[] failures = new int[KINDS.size()];

        Client(RefreshingLogin member, SplittableRandom random, int offset, long deadline) {
            this.member = member;
            this.random = random;
            this.offset = offset;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            for (int i = offset; System.nanoTime() < deadline; i++) {
                int k = i % KINDS.size();
                try {
                    var request = HttpRequest.newBuilder(uri(KINDS.get(k), random)).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + member.accessToken()).GET().build();
                    long start = System.nanoTime();
                    var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        failures[k]++;
                        continue;
                    }
                    if (counts[k] == nanos[k].length) {
                        nanos[k] = Arrays.copyOf(nanos[k], counts[k] * 2);
                    }
                    nanos[k][counts[k]++] = took;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    failures[k]++;
                }
            }
        }
    }
}
