package no.rhf.servicemiljo.assessment;

import com.zaxxer.hikari.HikariDataSource;
import no.rhf.servicemiljo.RestartableApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/**
 * The same figures as {@link AssessmentPropagationBenchmark}, with the contexts split over two nodes of a
 * cluster (even contexts on node 1, odd on node 2, one PostgreSQL, Hazelcast on loopback ports): how much the
 * trip between the nodes adds. Run both side by side: {@code scripts/benchmark-cluster.sh}.
 */
@Tag("benchmark")
class ClusterPropagationBenchmark extends AssessmentPropagationBenchmark {

    private static final int NODE_ONE_CLUSTER_PORT = RestartableApp.freePort();
    private static final int NODE_TWO_CLUSTER_PORT = RestartableApp.freePort();
    private static final String MEMBERS = "127.0.0.1:" + NODE_ONE_CLUSTER_PORT + ",127.0.0.1:" + NODE_TWO_CLUSTER_PORT;

    @TempDir
    static Path nodeTwoDir;

    private RestartableApp nodeTwo;

    @DynamicPropertySource
    static void joinTheCluster(DynamicPropertyRegistry registry) {
        registry.add("servicemiljo.cluster.members", () -> MEMBERS);
        registry.add("servicemiljo.cluster.port", () -> NODE_ONE_CLUSTER_PORT);
    }

    @BeforeAll
    void startNodeTwo() {
        HikariDataSource database = (HikariDataSource) jdbc.getDataSource();
        nodeTwo = new RestartableApp(nodeTwoDir, RestartableApp.freePort(),
                "--spring.datasource.url=" + database.getJdbcUrl(), "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--servicemiljo.cluster.members=" + MEMBERS, "--servicemiljo.cluster.port=" + NODE_TWO_CLUSTER_PORT).start();
    }

    @AfterAll
    void stopNodeTwo() {
        if (nodeTwo != null) {
            nodeTwo.close();
        }
    }

    @Override
    protected String baseUrl(int context) {
        return context % 2 == 0 ? url("") : "http://localhost:" + nodeTwo.port() + "/";
    }

    /** The floor runs on one node: its figures are in the one-node benchmark. */
    @Override
    protected boolean measuresFloor() {
        return false;
    }

    @Override
    protected String setting() {
        return "two nodes, contexts alternating between them";
    }
}
