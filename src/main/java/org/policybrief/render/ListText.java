package org.policybrief.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of names in running text, the templates' {@code list(items)}: joined by the language's
 * {@code listSeparator} (", ", 、), or by its {@code listSeparator.heavy} ("; ", ；) when an item
 * holds that separator itself, as English does: "Governance, oversight and enforcement (2),
 * Research, development and innovation (1)" and "Korea, Republic of, Iran, Islamic Republic of"
 * did not say where one item ends. In a sentence, {@code prose(items)} ends with the language's
 * {@code listSeparator.last} ("United States and China", "A (8), B (5) and C (2)"; Chinese keeps
 * 、); a list of keywords, such as tags, or one that goes on ("A, B and 3 others"), does not.
 */
final class ListText implements TemplateMethodModelEx {

  private final Messages messages;
  private final boolean prose;

  ListText(Messages messages, boolean prose) {
    this.messages = messages;
    this.prose = prose;
  }

  static String join(Messages messages, List<String> items) {
    return join(messages, items, false);
  }

  static String prose(Messages messages, List<String> items) {
    return join(messages, items, true);
  }

  private static String join(Messages messages, List<String> items, boolean prose) {
    String separator = messages.get("listSeparator");
    String mark = separator.strip();
    boolean ambiguous = !mark.isEmpty() && items.stream().anyMatch(item -> item.contains(mark));
    String between = ambiguous ? messages.get("listSeparator.heavy") : separator;
    if (!prose || items.size() < 2) {
      return String.join(between, items);
    }
    String last = messages.get(ambiguous ? "listSeparator.heavyLast" : "listSeparator.last");
    return String.join(between, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateSequenceModel sequence)) {
      throw new TemplateModelException("list(items) takes one list of texts");
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < sequence.size(); i++) {
      TemplateModel item = sequence.get(i);
      items.add(String.valueOf(DeepUnwrap.unwrap(item)));
    }
    return join(messages, items, prose);
  }
}
