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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The fixed text of one language, from {@code templates/messages/<lang>.properties} (UTF-8).
 * In templates: {@code t("key", arg0, arg1)}, where {@code {0}}, {@code {1}} … are replaced.
 */
final class Messages implements TemplateMethodModelEx {

  private final Properties texts = new Properties();
  private final String language;

  /**
   * The built-in texts, each replaced by the user's when {@code userTemplates} has a
   * {@code messages/<lang>.properties} that names it.
   */
  Messages(String language, Path userTemplates) {
    this.language = language;
    String name = "messages/" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream("/templates/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no messages for language " + language);
      }
      load(in);
      Path userFile = userTemplates == null ? null : userTemplates.resolve(name);
      if (userFile != null && Files.isRegularFile(userFile)) {
        try (InputStream user = Files.newInputStream(userFile)) {
          load(user);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void load(InputStream in) throws IOException {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      texts.load(reader);
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
