package org.hearth.server.client;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK HTTP client that lets a test step into one client's requests to commit: hold them at a
 * point the test chooses (to make two commits race for one epoch), rewrite their body (to tamper
 * with a GroupInfo on the wire), and record the answers.
 *
 * <p>Thread-safe.
 */
final class InterceptingHttpClient extends HttpClient {
  private final HttpClient delegate =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Runs before each commit request is sent, on the sending thread. */
  volatile Runnable beforeCommit = () -> {};

  /** Rewrites the JSON body of each commit request. */
  volatile UnaryOperator<byte[]> commitBody = UnaryOperator.identity();

  /** The status of every commit answer, in order. */
  final List<Integer> commitStatuses = new CopyOnWriteArrayList<>();

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    if (!isCommit(request)) {
      return delegate.send(request, handler);
    }
    beforeCommit.run();
    byte[] body = commitBody.apply(bytes(request));
    HttpRequest rewritten =
        HttpRequest.newBuilder(request, (name, value) -> true)
            .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<T> response = delegate.send(rewritten, handler);
    commitStatuses.add(response.statusCode());
    return response;
  }

  private static boolean isCommit(HttpRequest request) {
    return request.method().equals("POST") && request.uri().getPath().endsWith("/commits");
  }

  /** The bytes a request's body publisher gives. */
  private static byte[] bytes(HttpRequest request) {
    CompletableFuture<byte[]> collected = new CompletableFuture<>();
    request
        .bodyPublisher()
        .orElseThrow()
        .subscribe(
            new Flow.Subscriber<ByteBuffer>() {
              private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
              }

              @Override
              public void onError(Throwable throwable) {
                collected.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                collected.complete(out.toByteArray());
              }
            });
    return collected.join();
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return delegate.sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return delegate.sendAsync(request, handler, push);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
