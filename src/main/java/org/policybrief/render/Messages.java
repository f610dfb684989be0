package org.policybrief.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * The fixed text of one language, from {@code templates/messages/<lang>.properties} (UTF-8).
 * In templates: {@code t("key", arg0, arg1)}, where {@code {0}}, {@code {1}} … are replaced.
 */
final class Messages implements TemplateMethodModelEx {

  private final Properties texts = new Properties();
  private final String language;

  Messages(String language) {
    this.language = language;
    String resource = "/templates/messages/" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no messages for language " + language);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        texts.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String get(String key, Object... args) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no message \"" + key + "\" for " + language);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(key, …) needs a message key");
    }
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      args[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
    }
    try {
      return get(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))), args);
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage());
    }
  }
}
