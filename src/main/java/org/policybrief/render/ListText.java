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
 * did not say where one item ends.
 */
final class ListText implements TemplateMethodModelEx {

  private final Messages messages;

  ListText(Messages messages) {
    this.messages = messages;
  }

  static String join(Messages messages, List<String> items) {
    String separator = messages.get("listSeparator");
    String mark = separator.strip();
    boolean ambiguous = !mark.isEmpty() && items.stream().anyMatch(item -> item.contains(mark));
    return String.join(ambiguous ? messages.get("listSeparator.heavy") : separator, items);
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
    return join(messages, items);
  }
}
