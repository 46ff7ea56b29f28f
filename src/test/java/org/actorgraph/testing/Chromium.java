package org.actorgraph.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium started by a test and driven over the Chrome DevTools protocol with the JDK's own WebSocket
 * client: enough to open pages, run script in them and wait for what they show, with no driver library in between.
 */
public final class Chromium implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration CALL = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<String> exceptions = Collections.synchronizedList(new ArrayList<>());

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The Chromium binary on this machine, if any ({@code ACTORGRAPH_CHROMIUM} names one explicitly). */
    public static Optional<Path> find() {
        String explicit = System.getenv("ACTORGRAPH_CHROMIUM");
        if (explicit != null && Files.isExecutable(Path.of(explicit))) {
            return Optional.of(Path.of(explicit));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts {@code binary} headless with a fresh profile in {@code profile} and attaches to its first page. */
    public static Chromium start(Path binary, Path profile) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + START.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("Chromium did not start; see " + profile.resolve("chromium.log"));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String pageSocket = null;
            while (pageSocket == null) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                for (JsonValue v : JSON.parseAny(list).getAsArray()) {
                    JsonObject target = v.getAsObject();
                    if (target.get("type").getAsString().value().equals("page")) {
                        pageSocket = target.get("webSocketDebuggerUrl").getAsString().value();
                        break;
                    }
                }
                if (pageSocket == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("Chromium opened no page");
                    }
                    Thread.sleep(100);
                }
            }
            Holder holder = new Holder();
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), holder.listener())
                    .get(CALL.toSeconds(), TimeUnit.SECONDS);
            Chromium c = new Chromium(p, ws);
            holder.browser = c;
            c.call("Runtime.enable", new JsonObject());
            c.call("Page.enable", new JsonObject());
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("Could not attach to Chromium: " + e, e);
        }
    }

    /** Relays the socket's messages once the browser object exists. */
    private static final class Holder {
        volatile Chromium browser;
        private final StringBuilder partial = new StringBuilder();

        WebSocket.Listener listener() {
            return new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        String message = partial.toString();
                        partial.setLength(0);
                        Chromium b = browser;
                        if (b != null) {
                            b.received(JSON.parse(message));
                        }
                    }
                    ws.request(1);
                    return null;
                }
            };
        }
    }

    private void received(JsonObject message) {
        if (message.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.remove(message.get("id").getAsNumber().value().intValue());
            if (f != null) {
                f.complete(message);
            }
        } else if (message.hasKey("method")
                && message.get("method").getAsString().value().equals("Runtime.exceptionThrown")) {
            exceptions.add(message.get("params").toString());
        }
    }

    /** Sends one DevTools command and returns its result. */
    public JsonObject call(String method, JsonObject params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        try {
            socket.sendText(message.toString(), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
            JsonObject reply = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
            if (reply.hasKey("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.get("result").getAsObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(method + " failed: " + e, e);
        }
    }

    public void open(String url) {
        JsonObject params = new JsonObject();
        params.put("url", url);
        call("Page.navigate", params);
    }

    /** Runs {@code expression} in the page and returns its value as JSON, or null when it has none. */
    public JsonValue eval(String expression) {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("returnByValue", true);
        params.put("awaitPromise", true);
        JsonObject result = call("Runtime.evaluate", params);
        if (result.hasKey("exceptionDetails")) {
            throw new IllegalStateException("Script failed: " + result.get("exceptionDetails"));
        }
        JsonObject value = result.get("result").getAsObject();
        return value.hasKey("value") ? value.get("value") : null;
    }

    public String evalString(String expression) {
        JsonValue v = eval(expression);
        return v == null ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    /** Waits until {@code expression} is true in the page; false when it never became true within {@code limit}. */
    public boolean waitFor(String expression, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonValue v = eval("Boolean(" + expression + ")");
                if (v != null && v.isBoolean() && v.getAsBoolean().value()) {
                    return true;
                }
            } catch (IllegalStateException pageStillLoading) {
                // The page may be between documents; ask again.
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Sets the page's size in CSS pixels, as a window of that size would have it. */
    public void viewport(int width, int height) {
        JsonObject params = new JsonObject();
        params.put("width", width);
        params.put("height", height);
        params.put("deviceScaleFactor", 1);
        params.put("mobile", false);
        call("Emulation.setDeviceMetricsOverride", params);
    }

    /** A real left click at page coordinates: the browser's own mouse events, not a script's synthetic ones. */
    public void click(double x, double y) {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            JsonObject params = new JsonObject();
            params.put("type", type);
            params.put("x", Math.round(x));
            params.put("y", Math.round(y));
            if (!type.equals("mouseMoved")) {
                params.put("button", "left");
                params.put("clickCount", 1);
            }
            call("Input.dispatchMouseEvent", params);
        }
    }

    /** Clicks the middle of the first element {@code selector} matches, scrolled into view first. */
    public void click(String selector) {
        JsonValue box = eval("(function(){var e=document.querySelector(" + js(selector) + ");if(!e)return null;"
                + "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                + "return {x:r.left+r.width/2,y:r.top+r.height/2};})()");
        if (box == null) {
            throw new IllegalStateException("Nothing on the page matches " + selector);
        }
        JsonObject point = box.getAsObject();
        click(point.get("x").getAsNumber().value().doubleValue(), point.get("y").getAsNumber().value().doubleValue());
    }

    /** Saves what the page shows as a PNG. */
    public void screenshot(Path file) throws IOException {
        JsonObject params = new JsonObject();
        params.put("format", "png");
        String data = call("Page.captureScreenshot", params).get("data").getAsString().value();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, java.util.Base64.getDecoder().decode(data));
    }

    /** Uncaught script errors the page reported so far. */
    public List<String> exceptions() {
        synchronized (exceptions) {
            return List.copyOf(exceptions);
        }
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** JSON string literal for embedding a Java string in page script. */
    public static String js(String s) {
        return new org.apache.jena.atlas.json.JsonString(s).toString();
    }
}
