package org.policybrief.render;

import java.util.List;

/**
 * What the portal's own pages show (the archive page itself is the published index.html):
 * the on-demand form and the state of one on-demand briefing. Plain text; the templates escape.
 */
public final class PortalView {

  private PortalView() {}

  /** A choice of the form: the value sent and the label shown. */
  public record Choice(String value, String label, boolean selected) {}

  /** {@code errors}, empty unless the last submission was refused, says every reason. */
  public record Form(List<Choice> languages, List<Choice> countries, List<Choice> categories, String from,
      String to, List<String> errors) {
    public Form {
      errors = List.copyOf(errors);
      languages = List.copyOf(languages);
      countries = List.copyOf(countries);
      categories = List.copyOf(categories);
    }
  }

  /**
   * {@code state} is queued (behind {@code ahead} others), running (for {@code seconds}), done
   * ({@code download} is set) or failed.
   */
  public record Job(String id, String state, int ahead, long seconds, String download, String fileName) {}

  /** A refusal: the HTTP status and what went wrong, for people. */
  public record Problem(int status, String message) {}
}
