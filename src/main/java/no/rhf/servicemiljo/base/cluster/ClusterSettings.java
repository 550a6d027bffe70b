package no.rhf.servicemiljo.base.cluster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * How this node finds the others ({@code servicemiljo.cluster.*}). With no members and no Hazelcast file the
 * app runs as one node, exactly as before, and opens no cluster port.
 *
 * @param members     the nodes, {@code host[:port]} each, this one included ({@code SERVICEMILJO_CLUSTER_MEMBERS})
 * @param port        this node's Hazelcast port ({@code SERVICEMILJO_CLUSTER_PORT})
 * @param name        the cluster's name: nodes with another name never join
 * @param configFile  a Hazelcast configuration file (YAML or XML) instead, for example for Kubernetes discovery
 * @param heartbeatTimeoutSeconds how long a silent node counts as alive
 */
@Validated
@ConfigurationProperties("servicemiljo.cluster")
public record ClusterSettings(List<String> members, @Min(1) @Max(65535) Integer port, @NotBlank String name,
                              String configFile, @Min(5) Integer heartbeatTimeoutSeconds) {

    public ClusterSettings {
        members = members == null ? List.of() : members.stream().map(String::trim).filter(m -> !m.isEmpty()).toList();
        port = port == null ? 5701 : port;
        name = name == null ? "servicemiljo" : name;
        configFile = configFile == null || configFile.isBlank() ? null : configFile;
        heartbeatTimeoutSeconds = heartbeatTimeoutSeconds == null ? 20 : heartbeatTimeoutSeconds;
    }

    public boolean clustered() {
        return !members.isEmpty() || configFile != null;
    }
}
