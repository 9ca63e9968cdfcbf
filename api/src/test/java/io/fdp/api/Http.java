package io.fdp.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A loopback HTTP client for the tests. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    Http(final int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(final String path, final String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<byte[]> getBytes(final String path, final String... headers) {
        try {
            return CLIENT.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (final IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> put(final String path, final String body, final String... headers) {
        return send(request(path, headers).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> put(final String path, final byte[] body, final String... headers) {
        return send(request(path, headers).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> method(final String method, final String path, final String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(final String path, final String... headers) {
        final HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpResponse<String> send(final HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (final IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
