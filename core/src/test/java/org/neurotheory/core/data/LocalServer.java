package org.neurotheory.core.data;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDK HTTP server on the loopback address serving files, corrupt files and dropped connections. */
final class LocalServer implements AutoCloseable {
    enum Mode { SERVE, CORRUPT, DROP }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Base URL of the served folder {@code /data/}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/data/";
    }

    LocalServer put(String name, byte[] content, Mode mode) {
        files.put("/data/" + name, content);
        modes.put("/data/" + name, mode);
        return this;
    }

    LocalServer putAll(Map<String, byte[]> content) {
        content.forEach((k, v) -> put(k, v, Mode.SERVE));
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        byte[] body = files.get(path);
        if (body == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        Mode mode = modes.get(path);
        ex.sendResponseHeaders(200, body.length);
        OutputStream out = ex.getResponseBody();
        switch (mode) {
            case SERVE -> out.write(body);
            case CORRUPT -> {
                byte[] bad = body.clone();
                bad[bad.length / 2] ^= 0x55;
                out.write(bad);
            }
            case DROP -> {
                out.write(body, 0, body.length / 2);
                out.flush();
                // the response announced body.length bytes: closing the exchange now drops the connection mid-file
                ex.close();
                return;
            }
        }
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
