package org.policybrief.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Freemarker, configured once per process (it caches compiled templates) and sandboxed: data is
 * auto-escaped as XHTML, no template may instantiate a class ({@code ?new}) or reach the Java API
 * ({@code ?api}).
 */
final class TemplateEngine {

  private final Configuration configuration;

  /**
   * {@code userTemplates} (may be null) is searched first, file by file: a user's folder holding
   * only {@code briefing.css} changes the look and keeps every other built-in template. User
   * templates run in the same sandbox.
   */
  TemplateEngine(Path userTemplates) {
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class, "/templates");
    configuration.setTemplateLoader(userTemplates == null ? builtIn
        : new MultiTemplateLoader(new TemplateLoader[] {userLoader(userTemplates), builtIn}));
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
    configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
  }

  private static TemplateLoader userLoader(Path folder) {
    try {
      return new FileTemplateLoader(folder.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template folder " + folder, e);
    }
  }

  boolean exists(String templateName) {
    try {
      configuration.getTemplate(templateName);
      return true;
    } catch (freemarker.template.TemplateNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
    }
  }

  String render(String templateName, Map<String, Object> model) {
    StringWriter out = new StringWriter(64 * 1024);
    try {
      configuration.getTemplate(templateName).process(model, out);
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
