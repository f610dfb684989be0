package org.policybrief.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybrief.analysis.SelectionFilter;
import org.policybrief.data.DatasetSource;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Category;
import org.policybrief.model.Country;
import org.policybrief.model.Dataset;
import org.policybrief.model.Document;
import org.policybrief.pipeline.OnDemandBriefings;
import org.policybrief.render.PortalRenderer;
import org.policybrief.render.PortalView;

/**
 * {@code /on-demand}: the form (GET), a request for a briefing (POST, answered by a redirect to
 * its job), a job's page or state ({@code /on-demand/jobs/<id>}, JSON with {@code ?format=json})
 * and its PDF ({@code /on-demand/jobs/<id>/<file name>}).
 */
final class OnDemandHandler implements HttpHandler {

  /** Builds the PDF of a selected dataset; the real one renders, tests may stand in. */
  interface Maker {
    byte[] make(Dataset selected, BriefingSpec spec) throws Exception;
  }

  private static final Pattern JOB = Pattern.compile("/on-demand/jobs/([0-9a-f]{32})(?:/([^/]+))?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DatasetSource data;
  private final OnDemandBriefings briefings;
  private final Maker maker;
  private final OnDemandJobs jobs;
  private final Pages pages;

  OnDemandHandler(DatasetSource data, OnDemandBriefings briefings, Maker maker, OnDemandJobs jobs, Pages pages) {
    this.data = data;
    this.briefings = briefings;
    this.maker = maker;
    this.jobs = jobs;
    this.pages = pages;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    Matcher job = JOB.matcher(path);
    if (path.equals("/on-demand") && (method.equals("GET") || method.equals("HEAD"))) {
      form(exchange);
    } else if (path.equals("/on-demand") && method.equals("POST")) {
      if (Exchanges.fromAnotherSite(exchange)) {
        pages.problem(exchange, 403, "problem.anotherSite");
        return;
      }
      submit(exchange);
    } else if (job.matches() && (method.equals("GET") || method.equals("HEAD"))) {
      if (job.group(2) == null) {
        status(exchange, job.group(1));
      } else {
        download(exchange, job.group(1), job.group(2));
      }
    } else if (path.equals("/on-demand") || job.matches()) {
      exchange.getResponseHeaders().set("Allow", path.equals("/on-demand") ? "GET, HEAD, POST" : "GET, HEAD");
      pages.problem(exchange, 405, "problem.method");
    } else {
      pages.problem(exchange, 404, "problem.notFound");
    }
  }

  private void form(HttpExchange exchange) throws IOException {
    String lang = Pages.language(exchange);
    Optional<OnDemandBriefings.Snapshot> snapshot = snapshot(exchange, lang);
    if (snapshot.isPresent()) {
      sendForm(exchange, 200, lang, snapshot.get().dataset(), Map.of(), List.of());
    }
  }

  private void submit(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Exchanges.parameters(exchange);
    String lang = Pages.language(form);
    Optional<OnDemandBriefings.Snapshot> snapshot = snapshot(exchange, lang);
    if (snapshot.isEmpty()) {
      return;
    }
    Dataset dataset = snapshot.get().dataset();
    OnDemandRequest request;
    try {
      request = OnDemandRequest.parse(form, dataset, OnDemandBriefings.languages());
    } catch (OnDemandRequest.BadRequest e) {
      sendForm(exchange, 400, lang, dataset, form,
          e.problems.stream().map(p -> pages.renderer.text(lang, p.key(), p.args())).toList());
      return;
    }
    Dataset selected = SelectionFilter.narrow(dataset, request.selection());
    if (selected.measures().isEmpty()) {
      sendForm(exchange, 400, lang, dataset, form, List.of(pages.renderer.text(lang, "problem.empty")));
      return;
    }
    LocalDate edition = LocalDate.now();
    String id = JobIds.of(snapshot.get().fingerprint(), edition, request.canonical());
    BriefingSpec spec = new BriefingSpec(edition, request.language(), "", request.selection());
    try {
      jobs.submit(id, () -> maker.make(selected, spec));
    } catch (OnDemandJobs.Busy e) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString(e.retryAfterSeconds));
      pages.problemText(exchange, 429, lang, pages.renderer.text(lang, "problem.busy", e.retryAfterSeconds));
      return;
    }
    String fileName = JobIds.fileName(edition, request);
    exchange.getResponseHeaders().set("Location",
        Pages.root(exchange) + "on-demand/jobs/" + id + "?lang=" + lang + "&file=" + fileName);
    Exchanges.send(exchange, 303, "text/plain; charset=utf-8", "see /on-demand/jobs/" + id + "\n");
  }

  private void status(HttpExchange exchange, String id) throws IOException {
    Map<String, List<String>> query = Exchanges.parameters(exchange);
    String lang = Pages.language(query);
    Optional<OnDemandJobs.Status> status = jobs.status(id);
    if (status.isEmpty()) {
      pages.problem(exchange, 404, "problem.expired");
      return;
    }
    String fileName = Optional.ofNullable(Exchanges.first(query, "file"))
        .filter(n -> ArchivePaths.allowed(n) && n.endsWith(".pdf")).orElse("briefing-" + id.substring(0, 8) + ".pdf");
    String state = status.get().state().name().toLowerCase(Locale.ROOT);
    String download = status.get().state() == OnDemandJobs.State.DONE
        ? "/on-demand/jobs/" + id + "/" + ArchivePaths.encodeSegment(fileName) : "";
    if ("json".equals(Exchanges.first(query, "format"))) {
      Map<String, Object> json = new LinkedHashMap<>(); // counts as numbers: the page's script compares n === 1
      json.put("id", id);
      json.put("state", state);
      json.put("ahead", status.get().ahead());
      json.put("seconds", status.get().seconds());
      json.put("download", download);
      Exchanges.send(exchange, 200, "application/json; charset=utf-8",
          new String(JSON.writeValueAsBytes(json), StandardCharsets.UTF_8));
      return;
    }
    String link = download.isEmpty() ? "" : Pages.root(exchange) + download.substring(1);
    Exchanges.send(exchange, 200, Pages.HTML, pages.renderer.job(lang, Pages.root(exchange),
        new PortalView.Job(id, state, status.get().ahead(), status.get().seconds(), link, fileName)));
  }

  /**
   * {@code rawName}: the last segment of the path as sent, still percent-encoded (the server has
   * already refused a malformed escape).
   */
  private void download(HttpExchange exchange, String id, String rawName) throws IOException {
    Optional<Path> file = jobs.result(id);
    String fileName = ArchivePaths.decode("/" + rawName).substring(1);
    if (file.isEmpty() || !ArchivePaths.allowed(fileName) || !fileName.endsWith(".pdf")) {
      pages.problem(exchange, 404, "problem.expired");
      return;
    }
    FileResponder.send(exchange, file.get(), fileName);
  }

  /** The current data; when it cannot be read or has errors, a 503 page was sent instead. */
  private Optional<OnDemandBriefings.Snapshot> snapshot(HttpExchange exchange, String lang) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Optional<OnDemandBriefings.Snapshot> snapshot = briefings.read(data, diagnostics);
    if (snapshot.isEmpty()) {
      String first = diagnostics.errors().stream().findFirst().map(Diagnostic::message).orElse("?");
      exchange.getResponseHeaders().set("Retry-After", "60");
      pages.problemText(exchange, 503, lang, pages.renderer.text(lang, "problem.data", first));
    }
    return snapshot;
  }

  private void sendForm(HttpExchange exchange, int status, String lang, Dataset dataset,
      Map<String, List<String>> chosen, List<String> errors) throws IOException {
    PortalRenderer r = pages.renderer;
    List<String> picked = chosen.getOrDefault("language", List.of(BriefingSpec.SIMPLIFIED_CHINESE));
    var languages = OnDemandBriefings.languages().stream()
        .map(l -> new PortalView.Choice(l, r.languageName(lang, l), picked.contains(l))).toList();
    var countries = dataset.documents().stream().map(Document::country).distinct().sorted()
        .map(c -> new PortalView.Choice(c, r.countryName(lang, c,
            dataset.givenCountry(c).map(Country::name).orElse(null)),
            chosen.getOrDefault("country", List.of()).contains(c))).toList();
    var categories = dataset.categories().stream().map(Category::id)
        .map(c -> new PortalView.Choice(c, r.text(lang, dataset.categoriesById().get(c).name()),
            chosen.getOrDefault("category", List.of()).contains(c))).toList();
    String from = Optional.ofNullable(Exchanges.first(chosen, "from")).orElse("");
    String to = Optional.ofNullable(Exchanges.first(chosen, "to")).orElse("");
    Exchanges.send(exchange, status, Pages.HTML,
        r.form(lang, Pages.root(exchange), new PortalView.Form(languages, countries, categories, from, to, errors)));
  }
}
