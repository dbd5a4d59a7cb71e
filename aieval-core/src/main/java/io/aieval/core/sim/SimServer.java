package io.aieval.core.sim;

import io.aieval.core.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible model simulator on Jetty: {@code GET /v1/models}, {@code POST
 * /v1/chat/completions} and {@code POST /v1/completions}, streaming or not, answering from an
 * answer key with a configured accuracy, latency and fault rates. It serves the offline demo, tests
 * and load tests, and is built not to be the bottleneck: no thread waits for a simulated delay.
 *
 * <p>Thread-safe. Its threads are daemons, so an embedded simulator never keeps a JVM alive; a
 * program that only serves must keep its main thread waiting. Close it to free the port.
 */
public final class SimServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SimServer.class);

  /** Room for a load test's connections arriving at once; the JDK's default backlog is 50. */
  private static final int ACCEPT_QUEUE = 1024;

  private final Server server;
  private final ServerConnector connector;
  private final SimCounters counters;
  private final String host;

  private SimServer(Server server, ServerConnector connector, SimCounters counters, String host) {
    this.server = server;
    this.connector = connector;
    this.counters = counters;
    this.host = host;
  }

  /**
   * Loads the answer key and starts serving.
   *
   * @throws UncheckedIOException when the answer key cannot be read or the port cannot be bound
   * @throws io.aieval.api.data.DataFormatException when a row of the answer key is unusable
   */
  public static SimServer start(SimConfig config) {
    AnswerKey key = AnswerKeyLoader.load(config.answers());
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("aieval-sim");
    threads.setDaemon(true);
    ScheduledExecutorScheduler timer = new ScheduledExecutorScheduler("aieval-sim-timer", true);
    Server server = new Server(threads, timer, null);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    server.addConnector(connector);
    SimCounters counters = new SimCounters();
    server.setHandler(
        new SimHandler(config, key, new Delivery(timer, config.itlMillis()), counters));
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      String message =
          Messages.get(
              "sim.start.failed", config.host(), String.valueOf(config.port()), e.getMessage());
      throw new UncheckedIOException(
          message, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }
    SimServer sim = new SimServer(server, connector, counters, config.host());
    LOG.info("Model simulator serving {} (answer key: {} questions)", sim.baseUrl(), key.size());
    return sim;
  }

  /** The API root clients are given, such as {@code http://127.0.0.1:43117/v1}. */
  public URI baseUrl() {
    return URI.create("http://" + clientHost() + ":" + port() + "/v1");
  }

  /** The bound port (the ephemeral one chosen when the config asked for port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  public SimStats stats() {
    return counters.snapshot();
  }

  /** Stops serving; requests still waiting for their simulated delay are cut off. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The address a local client connects to: loopback for a wildcard bind, IPv6 in brackets. */
  private String clientHost() {
    if (host.equals("0.0.0.0")) {
      return "127.0.0.1";
    }
    if (host.equals("::") || host.equals("[::]")) {
      return "[::1]";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.debug("Cleaning up after a failed start", e);
    }
  }
}
