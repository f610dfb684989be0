package org.policybrief.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Location;

/**
 * Freemarker, configured once per process (it caches compiled templates) and sandboxed: data is
 * auto-escaped as XHTML, no template may instantiate a class ({@code ?new}) or reach the Java API
 * ({@code ?api}).
 */
final class TemplateEngine {

  /** An include or import of a template named by a literal, in a template's canonical form. */
  private static final Pattern INCLUDED = Pattern.compile("<#(?:include|import) \"([^\"]+)\"");
  private static final Pattern FRAME = Pattern.compile("---(?:begin|end)-message---");

  private final Configuration configuration;
  private final Path userTemplates;
  private final Duration timeLimit;

  /**
   * {@code userTemplates} (may be null) is searched first, file by file: a user's folder holding
   * only {@code briefing.css} changes the look and keeps every other built-in template. User
   * templates run in the same sandbox.
   */
  TemplateEngine(Path userTemplates) {
    this(userTemplates, BoundedRender.TIME_LIMIT);
  }

  /** {@code timeLimit}: how long one render may run before it is given up as a loop without end. */
  TemplateEngine(Path userTemplates, Duration timeLimit) {
    this.userTemplates = userTemplates;
    this.timeLimit = timeLimit;
    configuration = BoundedRender.interruptible();
    TemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class, "/templates");
    configuration.setTemplateLoader(userTemplates == null ? builtIn
        : new MultiTemplateLoader(new TemplateLoader[] {UserTemplateFolder.loader(userTemplates), builtIn}));
    configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
    configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    configuration.setAPIBuiltinEnabled(false);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setLocale(Locale.ROOT);
    configuration.setNumberFormat("computer");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setMemberAccessPolicy(NoClassAccess.INSTANCE);
    configuration.setObjectWrapper(wrapper.build());
  }

  boolean exists(String templateName) {
    try {
      configuration.getTemplate(templateName);
      return true;
    } catch (TemplateNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw UserTemplateFolder.among(e).orElseThrow(
          () -> new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e));
    }
  }

  /**
   * The XHTML {@code templateName} and what it includes wrote is not well-formed. With templates
   * of the user's, theirs is the likely mistake: reported against that template, or their folder
   * when it only has included ones; the position is in the output, where the parser stopped.
   */
  RuntimeException malformedOutput(String templateName, RuntimeException e) {
    return userTemplateFailure(templateName, "the templates wrote " + e.getMessage(), e);
  }

  private RuntimeException userTemplateFailure(String templateName, String message, Throwable e) {
    if (userTemplates == null) {
      return new IllegalStateException("template " + templateName + ": " + message, e);
    }
    Path file = userTemplates.resolve(templateName);
    Path where = Files.isRegularFile(file) ? file : userTemplates;
    String shown = where.toString().isEmpty() ? "." : where.toString(); // --templates .
    return new DiagnosticException(Diagnostic.error(new Location(shown, 0, 0),
        "template.error", message));
  }

  /**
   * A failure in one of the user's templates is their mistake, reported with its file, line and
   * column; one in a built-in template is ours.
   */
  private RuntimeException userMistake(String name, Integer line, Integer column, String message, Exception e) {
    Path file = userTemplates == null || name == null ? null : userTemplates.resolve(name);
    if (file == null || !Files.isRegularFile(file)) {
      return new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
    // ?interpret and ?eval frame the failure of their text in ---begin-message--- … ---end-message---
    String firstLines = message.strip().lines().takeWhile(l -> !l.startsWith("----"))
        .map(String::strip).filter(l -> !l.isEmpty() && !FRAME.matcher(l).matches()).limit(3)
        .collect(Collectors.joining(" "));
    return new DiagnosticException(Diagnostic.error(new Location(file.toString(),
        line == null ? 0 : line, column == null ? 0 : column), "template.error", firstLines));
  }

  /** Whether {@code name} is that of a text ?interpret made a template of ("a.ftl->anonymous_interpreted"). */
  private static boolean interpreted(String name) {
    return name != null && name.contains("->");
  }

  /**
   * Compiles {@code templateName} and, in turn, the templates it includes or imports by a literal
   * name, into the cache the render then finds them in (58 ms of a small briefing's main thread
   * when done there). A template that fails is left for the render to report.
   */
  void preload(String templateName) {
    withIncluded(templateName);
  }

  /** {@code templateName} and the templates it includes or imports, in turn, compiled. */
  Set<String> withIncluded(String templateName) {
    return withIncluded(templateName, failure -> {});
  }

  /**
   * The mistakes of the user's templates among {@code templateName} and those it includes or
   * imports by a literal name that need no data (syntax errors, bytes that are not UTF-8, links
   * out of the folder), each at its place: a run names them together with the data's mistakes
   * (they were found only once the data was right).
   */
  List<Diagnostic> syntaxErrors(String templateName) {
    List<Diagnostic> found = new ArrayList<>();
    withIncluded(templateName, failure -> {
      UserTemplateFolder.among(failure).ifPresent(mistake -> found.addAll(mistake.diagnostics()));
      // Freemarker wraps a failure it met before, on the warm-up thread, in an IOException
      Throwable cause = failure;
      while (!(cause instanceof ParseException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof ParseException p
          && userMistake(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber(), p.getEditorMessage(), p)
              instanceof DiagnosticException mistake) {
        found.addAll(mistake.diagnostics());
      }
    });
    return found;
  }

  /** {@code failed} gets each template that cannot be compiled (the render meets it again). */
  private Set<String> withIncluded(String templateName, Consumer<Exception> failed) {
    Deque<String> pending = new ArrayDeque<>(List.of(templateName));
    Set<String> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (!seen.add(name)) {
        continue;
      }
      try {
        Matcher included = INCLUDED.matcher(configuration.getTemplate(name).toString());
        while (included.find()) {
          pending.push(included.group(1));
        }
      } catch (IOException | RuntimeException e) {
        failed.accept(e);
      }
    }
    return seen;
  }

  String render(String templateName, Map<String, Object> model) {
    try {
      return BoundedRender.run(configuration.getTemplate(templateName), model, timeLimit);
    } catch (StackOverflowError e) {
      throw userTemplateFailure(templateName, "the templates call themselves without end (a macro,"
          + " function or include that reaches itself again before it returns)", e);
    } catch (OutOfMemoryError e) {
      // The render's thread has ended and its text with it. With the built-in templates the data
      // is too large (the message says how to give Java more); a user's template building a text
      // or list without end got that advice too, and exit 70.
      throw userTemplateFailure(templateName, "the templates ran out of memory while they built a"
          + " text or list (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB of heap): one"
          + " without end, such as <#assign s = s + s> in a list or ?left_pad of a huge width? (For"
          + " data this large, give Java more: JAVA_OPTS=-Xmx2g bin/policybrief …)", e);
    } catch (BoundedRender.TooMuchOutput e) {
      throw userTemplateFailure(templateName, "the templates wrote more than "
          + BoundedRender.MAX_OUTPUT / 1_000_000 + " million characters, far more than any briefing"
          + " needs: a list or loop without end?", e);
    } catch (BoundedRender.TooLong e) {
      throw userTemplateFailure(templateName, "the templates ran for more than " + timeLimit.toSeconds()
          + " seconds, far longer than any briefing takes: a list or loop without end?", e);
    } catch (TemplateException | IOException e) {
      UserTemplateFolder.among(e).ifPresent(found -> {
        throw found;
      });
      // A syntax error in an included template arrives as the cause of the inclusion's failure.
      Throwable cause = e;
      while (!(cause instanceof ParseException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      // A syntax error in a text that ?interpret makes a template of is named at the ?interpret
      if (cause instanceof ParseException p && !interpreted(p.getTemplateName())) {
        throw userMistake(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber(), p.getEditorMessage(), e);
      }
      if (e instanceof TemplateException t && cause instanceof TemplateNotFoundException missing
          && userTemplates != null) {
        // Freemarker's own words go on to describe its template loaders, the program's insides
        String inclusion = t.getMessageWithoutStackTop().lines().findFirst().orElse("").strip();
        throw userMistake(t.getTemplateSourceName(), t.getLineNumber(), t.getColumnNumber(), inclusion
            + " there is no template \"" + missing.getTemplateName() + "\" in the templates folder "
            + userTemplates + " nor among the program's own", e);
      }
      if (e instanceof TemplateException t) {
        throw userMistake(t.getTemplateSourceName(), t.getLineNumber(), t.getColumnNumber(),
            t.getMessageWithoutStackTop(), e);
      }
      throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
    }
  }
}
