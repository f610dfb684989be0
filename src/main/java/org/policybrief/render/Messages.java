package org.policybrief.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybrief.diag.Diagnostic;
import org.policybrief.diag.DiagnosticException;
import org.policybrief.diag.Location;

/**
 * The fixed text of one language, from {@code templates/messages/<lang>.properties} (UTF-8).
 * In templates: {@code t("key", arg0, arg1)}, where {@code {0}}, {@code {1}} … are replaced
 * (ICU MessageFormat syntax).
 */
final class Messages implements TemplateMethodModelEx {

  /**
   * The no-break space set between a number and a Han character beside it (0.224 em in Noto Sans
   * SC, about the quarter em clreq gives Western text in Han). The design guide's checklist
   * forbids U+202F and U+2009, which this was (U+202F) until 2026-11-30.
   */
  static final String NUMBER_GLUE = "\u00A0";
  private static final Pattern NUMBER_BESIDE_HAN =
      Pattern.compile("(?<=[0-9%]) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=[0-9])");

  /** A \\u not followed by four hexadecimal digits (an escaped backslash before it aside). */
  private static final Pattern BROKEN_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");

  private final Properties texts = new Properties();
  private final String language;
  private final ULocale locale;
  private final boolean chinese;

  /**
   * The built-in texts, each replaced by the user's when {@code userTemplates} has a
   * {@code messages/<lang>.properties} that names it.
   */
  Messages(String language, Path userTemplates) {
    this.language = language;
    this.locale = ULocale.forLanguageTag(language);
    this.chinese = language.startsWith("zh");
    String name = "messages/" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream("/templates/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no messages for language " + language);
      }
      load(in);
      Optional<Path> userFile = userTemplates == null ? Optional.empty()
          : UserTemplateFolder.file(userTemplates, name);
      if (userFile.isPresent()) {
        Properties own = read(userFile.get());
        check(userFile.get(), own);
        texts.putAll(own);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A user's messages file; its text and escapes are a user's to mend, so reported as such. */
  private static Properties read(Path file) throws IOException {
    Properties own = new Properties();
    try (Reader user = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      own.load(user);
    } catch (CharacterCodingException e) {
      throw new DiagnosticException(List.of(Diagnostic.error(Location.wholeFile(file.toString()),
          "template.message", "is not UTF-8 text (save it as UTF-8)")));
    } catch (IllegalArgumentException e) { // Properties' "Malformed \\uxxxx encoding."
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      int line = 0;
      int column = 0;
      for (int i = 0; i < lines.size() && line == 0; i++) {
        Matcher broken = BROKEN_ESCAPE.matcher(lines.get(i));
        if (broken.find()) {
          line = i + 1;
          column = broken.start() + 1;
        }
      }
      throw new DiagnosticException(List.of(Diagnostic.error(new Location(file.toString(), line, column),
          "template.message", "a \\u escape needs four hexadecimal digits (\\u00E9)")));
    }
    return own;
  }

  /**
   * Every text of a user's file must be a message of the form the templates fill in: {0}, {1} …
   * (a named {x} or a broken pattern failed only when the template reached it, as an internal
   * error). All its problems are reported at once, each on the line that defines the text.
   */
  private void check(Path file, Properties own) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Diagnostic> problems = new ArrayList<>();
    for (String key : new TreeSet<>(own.stringPropertyNames())) {
      String problem;
      try {
        problem = new MessageFormat(own.getProperty(key), locale).usesNamedArguments()
            ? "uses a named argument; the templates fill in {0}, {1} … by number" : null;
      } catch (IllegalArgumentException e) {
        problem = "is not a message pattern: " + e.getMessage();
      }
      if (problem != null) {
        problems.add(Diagnostic.error(new Location(file.toString(), lineOf(lines, key), 1),
            "template.message", "the text of " + key + " " + problem));
      }
    }
    if (!problems.isEmpty()) {
      throw new DiagnosticException(problems);
    }
  }

  /** The 1-based line where {@code key} is defined, or 0 (the whole file) if it cannot be told. */
  private static int lineOf(List<String> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripLeading();
      if (line.startsWith(key) && (line.length() == key.length()
          || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
        return i + 1;
      }
    }
    return 0;
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
    // ICU's MessageFormat: {0} inserts an argument as given (counts arrive formatted), and
    // {1,select,1{1 document}other{{1} documents}} lets a language say singular and plural.
    // A lone apostrophe stays literal (ICU's DOUBLE_OPTIONAL mode).
    String formatted = new MessageFormat(text, locale).format(nestQuotes(text, args));
    if (!chinese) {
      return formatted;
    }
    // Only where data went in: a message without arguments may be a pattern (y年M月d日). An
    // English name the data gives for want of a Chinese one came out glued to the message
    // around it (主要集中于Safety governance).
    return keepNumbersWithTheirWords(args.length > 0 ? HanLatinSpacing.of(formatted) : formatted);
  }

  /**
   * The arguments, each that the message sets in quotation marks (“{0}”, 「{0}」 in Traditional
   * Chinese) with the quotation marks of its own text turned into the inner ones (‘ ’, 『』), as
   * quotes nest (design guide §7): a category named “东数西算”工程 was captioned ““东数西算”工程”.
   */
  private Object[] nestQuotes(String text, Object[] args) {
    boolean traditional = language.equals("zh-Hant");
    char open = traditional ? '「' : '“';
    char close = traditional ? '」' : '”';
    Object[] nested = args.clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof String arg && (arg.indexOf(open) >= 0 || arg.indexOf(close) >= 0)
          && text.contains(open + "{" + i + "}" + close)) {
        nested[i] = arg.replace(open, traditional ? '『' : '‘').replace(close, traditional ? '』' : '’');
      }
    }
    return nested;
  }

  /**
   * In Chinese, the space between a number and the Han character beside it (5 项, 图 1) becomes
   * a no-break space ({@link #NUMBER_GLUE}): a line broke at a plain space, leaving 项 or 1 alone
   * at a line start. In justified text the number and the characters it is tied to are one solid
   * run ({@link ParagraphRuns}), whose spaces keep their width: a justified line put most of its
   * slack into its spaces, ordinary or no-break (美国：4␣␣␣份文件).
   */
  static String keepNumbersWithTheirWords(String text) {
    return text.indexOf(' ') < 0 ? text : NUMBER_BESIDE_HAN.matcher(text).replaceAll(NUMBER_GLUE);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(key, …) needs a message key");
    }
    Object[] args = new Object[arguments.size() - 1];
    for (int i = 1; i < arguments.size(); i++) {
      Object arg = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
      // Counts reach messages as text, as the view formats them, so that select can match "1".
      args[i - 1] = arg instanceof BigDecimal n ? n.toPlainString() : arg instanceof Number n ? n.toString() : arg;
    }
    try {
      return get(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))), args);
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage());
    }
  }
}
