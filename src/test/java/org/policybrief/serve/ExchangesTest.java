package org.policybrief.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExchangesTest {

  private final List<Throwable> logged = new ArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpResponse<String> answerOf(HttpHandler handler) throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", Exchanges.guarded(handler, logged::add));
    server.start();
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUnexpectedExceptionReachesTheClientAsA500AndTheLogOnly() throws Exception {
    HttpResponse<String> answer = answerOf(exchange -> {
      throw new IllegalStateException("secret detail");
    });

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.body()).isEqualTo("internal server error\n");
    assertThat(logged).singleElement().extracting(Throwable::getMessage).isEqualTo("secret detail");
  }

  @Test
  void aFileRemovedWhileBeingAnsweredIsA404() throws Exception {
    HttpResponse<String> answer = answerOf(exchange -> {
      throw new NoSuchFileException("/archive/2020-01-06");
    });

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(logged).isEmpty();
  }
}
