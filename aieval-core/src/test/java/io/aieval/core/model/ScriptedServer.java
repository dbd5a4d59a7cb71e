package io.aieval.core.model;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A real HTTP server on loopback that answers each request with the next scripted reply, and
 * records what it received, for testing the client's handling of every kind of answer.
 */
final class ScriptedServer implements AutoCloseable {
  /** One scripted answer. {@code drop} closes the connection without answering. */
  record Reply(
      int status, Map<String, String> headers, String body, boolean drop, long delayMillis) {
    static Reply json(String body) {
      return new Reply(200, Map.of("Content-Type", "application/json"), body, false, 0);
    }

    static Reply status(int status, Map<String, String> headers, String body) {
      return new Reply(status, headers, body, false, 0);
    }

    static Reply sse(String body) {
      return new Reply(200, Map.of("Content-Type", "text/event-stream"), body, false, 0);
    }

    static Reply hangUp() {
      return new Reply(0, Map.of(), "", true, 0);
    }

    Reply delayed(long millis) {
      return new Reply(status, headers, body, drop, millis);
    }
  }

  /** What the server received. */
  record Received(String path, String authorization, String body) {}

  private final Server server = new Server();
  private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Reply fallback =
      Reply.status(500, Map.of(), "{\"error\":{\"message\":\"no script\"}}");

  ScriptedServer() throws Exception {
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            String body = Content.Source.asString(request, StandardCharsets.UTF_8);
            received.add(
                new Received(
                    request.getHttpURI().getPath(),
                    request.getHeaders().get(HttpHeader.AUTHORIZATION),
                    body));
            Reply reply = script.poll();
            reply = reply == null ? fallback : reply;
            if (reply.delayMillis() > 0) {
              Thread.sleep(reply.delayMillis());
            }
            if (reply.drop()) {
              request.getConnectionMetaData().getConnection().getEndPoint().close();
              callback.failed(new java.io.IOException("dropped by script"));
              return true;
            }
            response.setStatus(reply.status());
            reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
            response.write(
                true, ByteBuffer.wrap(reply.body().getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        });
    server.start();
  }

  URI baseUrl() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://127.0.0.1:" + port + "/v1");
  }

  ScriptedServer then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  ScriptedServer always(Reply reply) {
    fallback = reply;
    return this;
  }

  List<Received> received() {
    return received;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
