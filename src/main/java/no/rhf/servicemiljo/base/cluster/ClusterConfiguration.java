package no.rhf.servicemiljo.base.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.FileNotFoundException;

/**
 * Several nodes behind a load balancer: with {@link ClusterSettings#clustered()} an embedded Hazelcast member
 * joins the others over TCP (multicast off) and carries Collaboration Engine's topics and the live-update
 * notifications. Without it there is no Hazelcast at all and Collaboration Engine keeps its topics in memory.
 */
@Configuration
@EnableConfigurationProperties(ClusterSettings.class)
class ClusterConfiguration {

    static final String CLUSTERED = "!'${servicemiljo.cluster.members:}'.isBlank() or !'${servicemiljo.cluster.config-file:}'.isBlank()";

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression(CLUSTERED)
    HazelcastInstance hazelcast(ClusterSettings settings) throws FileNotFoundException {
        Config config = settings.configFile() != null ? Config.loadFromFile(new java.io.File(settings.configFile())) : tcpIp(settings);
        config.setProperty("hazelcast.shutdownhook.enabled", "false"); // Spring shuts it down, after the web server
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(settings.heartbeatTimeoutSeconds()));
        return Hazelcast.newHazelcastInstance(config);
    }

    private static Config tcpIp(ClusterSettings settings) {
        Config config = new Config();
        config.setClusterName(settings.name());
        config.getNetworkConfig().setPort(settings.port()).setPortAutoIncrement(false);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        return config;
    }

    @Bean
    CollaborationExecutor collaborationExecutor() {
        return new CollaborationExecutor(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Collaboration Engine asks Vaadin's instantiator, and so Spring, for its configuration. */
    @Bean
    CollaborationEngineConfiguration collaborationEngineConfiguration(ObjectProvider<HazelcastInstance> hazelcast,
                                                                      CollaborationExecutor executor) {
        CollaborationEngineConfiguration configuration = new CollaborationEngineConfiguration();
        hazelcast.ifAvailable(instance -> configuration.setBackend(new HazelcastBackend(instance)));
        configuration.setExecutorService(executor.service());
        return configuration;
    }
}
