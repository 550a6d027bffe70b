package no.rhf.servicemiljo.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.regex.Pattern;

/**
 * The one place that knows the public address of the app, for every link that leaves it (mails, reminder previews,
 * {@code .ics} events, the calendar feed). {@code servicemiljo.base-url} ({@code SERVICEMILJO_BASE_URL}) wins when
 * set. Otherwise, inside a request, the address the browser used (honouring {@code Forwarded} /
 * {@code X-Forwarded-*} of a reverse proxy); outside one (scheduled reminders), {@code http://localhost:<port the app
 * runs on>}.
 */
@Component
public class PublicUrl {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

    private final String configured;
    private final String contextPath;
    private volatile int port;

    /** {@code servicemiljo.base-url}, and Spring Boot's {@code server.port} and {@code server.servlet.context-path}. */
    @Autowired
    public PublicUrl(ServiceEnvironmentProperties settings, ObjectProvider<ServerProperties> server) {
        this(settings.baseUrl(), port(server.getIfAvailable()), contextPath(server.getIfAvailable()));
    }

    public PublicUrl(String configured, int port, String contextPath) {
        this.configured = configured == null ? "" : configured.trim().replaceAll("/+$", "");
        this.port = port;
        this.contextPath = contextPath == null ? "" : contextPath.replaceAll("/+$", "");
    }

    private static int port(ServerProperties server) {
        return server == null || server.getPort() == null ? 8080 : server.getPort();
    }

    private static String contextPath(ServerProperties server) {
        return server == null ? "" : server.getServlet().getContextPath();
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        if (event.getWebServer().getPort() > 0) {
            port = event.getWebServer().getPort();
        }
    }

    /** The base address without a trailing slash, e.g. {@code https://servicemiljo.example.no}. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        HttpServletRequest request = currentRequest();
        return request != null ? fromRequest(request) : "http://localhost:" + port + contextPath;
    }

    /** The address of a place in the app: {@code path} like {@code reports/12} (a leading slash is fine). */
    public String link(String path) {
        String base = base();
        if (path == null || path.isBlank()) {
            return base + "/";
        }
        return base + "/" + path.replaceFirst("^/+", "");
    }

    private static HttpServletRequest currentRequest() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest vaadin) {
            return vaadin.getHttpServletRequest();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        return null;
    }

    /** The address the browser used; a reverse proxy's forwarded host, scheme, port and prefix win when well-formed. */
    static String fromRequest(HttpServletRequest request) {
        String scheme = request.getScheme();
        String host = request.getServerName();
        int port = request.getServerPort();
        String prefix = request.getContextPath();
        String forwarded = request.getHeader("Forwarded");
        String fwdHost = null;
        String fwdProto = null;
        if (forwarded != null) {
            for (String pair : forwarded.split(",")[0].split(";")) {
                String[] kv = pair.trim().split("=", 2);
                if (kv.length == 2) {
                    String value = kv[1].replace("\"", "").trim();
                    if (kv[0].equalsIgnoreCase("host")) {
                        fwdHost = value;
                    } else if (kv[0].equalsIgnoreCase("proto")) {
                        fwdProto = value;
                    }
                }
            }
        }
        if (fwdHost == null) {
            fwdHost = first(request.getHeader("X-Forwarded-Host"));
        }
        if (fwdProto == null) {
            fwdProto = first(request.getHeader("X-Forwarded-Proto"));
        }
        if (fwdProto != null && (fwdProto.equalsIgnoreCase("http") || fwdProto.equalsIgnoreCase("https"))) {
            scheme = fwdProto.toLowerCase();
            port = scheme.equals("https") ? 443 : 80;
        }
        if (fwdHost != null) {
            String h = fwdHost;
            Integer p = null;
            int colon = h.lastIndexOf(':');
            if (colon > 0 && !h.endsWith("]") && PORT.matcher(h.substring(colon + 1)).matches()) {
                p = Integer.valueOf(h.substring(colon + 1));
                h = h.substring(0, colon);
            }
            if (HOST.matcher(h).matches()) {
                host = h;
                port = p != null ? p : scheme.equals("https") ? 443 : 80;
            }
        }
        String fwdPort = first(request.getHeader("X-Forwarded-Port"));
        if (fwdPort != null && PORT.matcher(fwdPort).matches()) {
            port = Integer.parseInt(fwdPort);
        }
        String fwdPrefix = first(request.getHeader("X-Forwarded-Prefix"));
        if (fwdPrefix != null && PREFIX.matcher(fwdPrefix.replaceAll("/+$", "")).matches()) {
            prefix = fwdPrefix.replaceAll("/+$", "") + prefix;
        }
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port) + prefix;
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].trim();
    }
}
