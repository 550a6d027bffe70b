package no.rhf.servicemiljo.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated browser tab speaking Vaadin Flow's own protocol, as recorded from Chromium on the production jar:
 * the form login ({@code POST /login} with the page's {@code _csrf}), the bootstrap ({@code ?v-r=init}: UI id,
 * {@code Vaadin-Security-Key}, {@code Vaadin-Push-ID}), the push channel (Atmosphere over a WebSocket,
 * server to client only: the app's client sends every request by XHR, {@code alwaysXhrToServer}), UIDL requests
 * ({@code ?v-r=uidl}: csrfToken, rpc, syncId, clientId) and heartbeats. It keeps what a browser must keep to stay
 * in step: the last server sync id seen (XHR answers and pushed messages), the next client id, the node ids of
 * elements with an {@code id} attribute, and each co-edited text's version and length.
 */
final class UidlSession implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** What Chromium sends beside the location (Vaadin reads the browser's details from them). */
    private static final String BROWSER_DETAILS = "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-tzo=0&v-dstd=0"
            + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A UIDL answer: round trip in ns and its JSON. */
    record Answer(long nanos, JsonNode json) {
    }

    /** A co-edited text as this tab was last sent it. */
    record Text(long version, int length) {
    }

    private final URI base;
    private final HttpClient http;
    private final String windowName = "v-" + Math.random();
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<Integer, Text> texts = new HashMap<>();
    private final AtomicLong syncId = new AtomicLong();
    private final AtomicLong pushedMessages = new AtomicLong();
    private final AtomicLong pushedChars = new AtomicLong();
    private final StringBuilder pushBuffer = new StringBuilder();
    private volatile boolean pushOpen;
    private WebSocket push;
    private int uiId = -1;
    private String securityKey;
    private String pushId;
    private long clientId;

    UidlSession(URI base, Executor executor) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** Signs in through the login form as a browser does; throws if the app does not let the user in. */
    void login(String username, String password) throws IOException, InterruptedException {
        String page = get("login").body();
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new IOException("no _csrf meta tag on the login page");
        }
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password=" + encode(password);
        String origin = base.getScheme() + "://" + base.getAuthority();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login")) {
            throw new IOException("login of " + username + " refused: " + answer.statusCode() + " " + location);
        }
    }

    /**
     * Opens {@code route} as a new tab: its page, the bootstrap, the push connection and the navigation to it;
     * returns the navigation's answer (the view's whole UIDL).
     */
    Answer open(String route) throws IOException, InterruptedException {
        closePush();
        get(route);
        JsonNode config = JSON.readTree(get("?v-r=init&location=" + encode(route) + "&query=&v-wn=" + windowName
                + "&v-curdate=" + System.currentTimeMillis() + BROWSER_DETAILS).body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        pushId = uidl.get("Vaadin-Push-ID").asString();
        syncId.set(uidl.get("syncId").asLong());
        clientId = uidl.get("clientId").asLong();
        synchronized (this) {
            nodesById.clear();
            texts.clear();
        }
        read(uidl);
        connectPush();
        return navigate(route);
    }

    /** Navigation inside the open tab (a click on a menu link): the router's event on the UI's root node. */
    Answer navigate(String route) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", "/" + route).put("query", "").put("appShellTitle", "Servicemiljø")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return rpc(event(1, "ui-navigate", data));
    }

    /** A select's new value, as the client sends it: the property, then the event. */
    Answer selectValue(String elementId, String value) throws IOException, InterruptedException {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        return rpc(sync, event(node, "value-changed", JSON.createObjectNode()));
    }

    /** Appends {@code typed} to a co-edited text as the browser's edit script sends it (an operation on its version). */
    Answer appendText(String elementId, String origin, long seq, String typed) throws IOException, InterruptedException {
        int node = node(elementId);
        Text text;
        synchronized (this) {
            text = texts.get(node);
        }
        if (text == null) {
            throw new IllegalStateException("no co-edited text on " + elementId);
        }
        ArrayNode op = JSON.createArrayNode();
        if (text.length() > 0) {
            op.add(text.length());
        }
        op.add(typed);
        ObjectNode data = JSON.createObjectNode();
        data.putObject("event.detail").put("kind", "edit").put("op", JSON.writeValueAsString(op))
                .put("origin", origin).put("version", text.version()).put("seq", seq);
        return rpc(event(node, "sm-coedit", data));
    }

    /** The heartbeat every open page sends (here each 10 s); returns its round trip in ns. */
    long heartbeat() throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (answer.statusCode() != 200) {
            throw new IOException("heartbeat answered " + answer.statusCode());
        }
        return nanos;
    }

    /** One UIDL request and its answer; throws on anything but a normal answer, so errors are counted, not timed. */
    Answer rpc(JsonNode... invocations) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        for (JsonNode invocation : invocations) {
            rpc.add(invocation);
        }
        body.put("syncId", syncId.get()).put("clientId", clientId);
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (answer.statusCode() != 200) {
            throw new IOException("UIDL answered " + answer.statusCode());
        }
        String text = answer.body().startsWith("for(;;);") ? answer.body().substring(8) : answer.body();
        JsonNode json = JSON.readTree(text);
        if (json.isArray()) {
            json = json.get(0);
        }
        JsonNode meta = json.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new IOException("UIDL error: " + meta);
        }
        if (!json.has("clientId") || !json.has("syncId")) {
            throw new IOException("not a UIDL answer (resynchronisation?): " + abbreviate(text));
        }
        clientId = json.get("clientId").asLong();
        read(json);
        return new Answer(nanos, json);
    }

    /** Closes the tab as a browser does when it goes: the unload beacon, then the push connection. */
    @Override
    public void close() {
        try {
            if (uiId >= 0) {
                http.send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId)).timeout(TIMEOUT)
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"UNLOAD\":true}"))
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException | InterruptedException e) {
            // the tab goes anyway
        } finally {
            closePush();
            http.close();
        }
    }

    synchronized boolean hasElement(String id) {
        return nodesById.containsKey(id);
    }

    boolean pushOpen() {
        return pushOpen;
    }

    long pushedMessages() {
        return pushedMessages.get();
    }

    long pushedChars() {
        return pushedChars.get();
    }

    private synchronized int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " in the view");
        }
        return node;
    }

    private static ObjectNode event(int node, String name, JsonNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    /** Takes what this tab needs from a UIDL message: the sync id, ids of elements, co-edited texts' versions. */
    private synchronized void read(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId.accumulateAndGet(uidl.get("syncId").asLong(), Math::max);
        }
        for (JsonNode change : uidl.path("changes")) {
            if ("put".equals(change.path("type").asString()) && change.path("feat").asInt() == 3
                    && "id".equals(change.path("key").asString()) && change.path("value").isString()) {
                nodesById.put(change.get("value").asString(), change.get("node").asInt());
            }
        }
        for (JsonNode execute : uidl.path("execute")) {
            String script = execute.get(execute.size() - 1).asString();
            if (!script.contains("smCoedit.init") && !script.contains("smCoedit.receive")) {
                continue;
            }
            int node = -1;
            for (JsonNode arg : execute) {
                if (arg.has("@v-node")) {
                    node = arg.get("@v-node").asInt();
                }
            }
            JsonNode payload = JSON.readTree(execute.get(0).asString());
            if (script.contains("smCoedit.init")) {
                texts.put(node, new Text(payload.get("version").asLong(), payload.get("text").asString().length()));
            } else {
                for (JsonNode edit : payload) {
                    Text text = texts.get(node);
                    if (text != null && edit.get("version").asLong() == text.version() + 1) {
                        texts.put(node, new Text(text.version() + 1, text.length() + lengthChange(edit.get("op").asString())));
                    }
                }
            }
        }
    }

    /** What an operation (retain n, insert "s", delete -n) does to a text's length. */
    private static int lengthChange(String op) {
        int change = 0;
        for (JsonNode part : JSON.readTree(op)) {
            if (part.isString()) {
                change += part.asString().length();
            } else if (part.asInt() < 0) {
                change += part.asInt();
            }
        }
        return change;
    }

    private void connectPush() throws IOException {
        String url = base.resolve("VAADIN/push").toString().replaceFirst("^http", "ws") + "?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + syncId.get();
        CompletableFuture<Void> opened = new CompletableFuture<>();
        try {
            push = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(url), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    received(data);
                    opened.complete(null);
                    socket.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                    pushOpen = false;
                    return null;
                }

                @Override
                public void onError(WebSocket socket, Throwable error) {
                    pushOpen = false;
                    opened.completeExceptionally(error);
                }
            }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            opened.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS); // Atmosphere's handshake: "<length>|<tracking id>|0|X|"
            pushOpen = true;
        } catch (Exception e) {
            throw new IOException("push connection failed: " + e, e);
        }
    }

    /** Atmosphere frames each message as {@code <length>|<message>}; a frame may hold parts of one or several. */
    private synchronized void received(CharSequence data) {
        pushBuffer.append(data);
        while (true) {
            int bar = pushBuffer.indexOf("|");
            if (bar < 0) {
                return;
            }
            int length;
            try {
                length = Integer.parseInt(pushBuffer.substring(0, bar).trim());
            } catch (NumberFormatException e) {
                pushBuffer.setLength(0); // not framed as expected: drop it rather than stall
                return;
            }
            if (pushBuffer.length() < bar + 1 + length) {
                return;
            }
            String message = pushBuffer.substring(bar + 1, bar + 1 + length);
            pushBuffer.delete(0, bar + 1 + length);
            if (message.startsWith("{") || message.startsWith("for(;;);")) {
                pushedMessages.incrementAndGet();
                pushedChars.addAndGet(message.length());
                JsonNode json = JSON.readTree(message.startsWith("for(;;);") ? message.substring(8) : message);
                read(json.isArray() ? json.get(0) : json);
            }
        }
    }

    private void closePush() {
        if (push != null) {
            push.abort();
            push = null;
            pushOpen = false;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + answer.statusCode());
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
