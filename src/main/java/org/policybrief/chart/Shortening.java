package org.policybrief.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How {@link LabelFit} cuts a name to its room: Latin text at word boundaries, other text in the
 * middle, never leaving a bracket or quote without its partner or a sign dangling at the cut;
 * and, for names whose cuts coincide, the cuts that keep where they differ.
 */
final class Shortening {

  /** Not ‘ ’: in English ’ is mostly an apostrophe. */
  private static final String OPENERS = "（([［【〔「『“《〈{";
  private static final String CLOSERS = "）)]］】〕」』”》〉}";
  /** "Finance &" + "…" reads as a dangling word: a cut falls before trailing signs, after leading ones. */
  private static final String HEAD_END = "[\\s\\p{Punct}&&[^)\\]]]+$";
  private static final String TAIL_START = "^[\\s\\p{Punct}&&[^(\\[]]+";
  private static final String ELLIPSIS = LabelFit.ELLIPSIS;

  private Shortening() {}

  /**
   * {@code name} within {@code room} as {@code measure} measures it, or whole when a cut would save
   * fewer than {@code minSaving} characters.
   */
  static String shorten(String name, double room, ToDoubleFunction<String> measure, boolean keepEnd,
      int minSaving) {
    if (measure.applyAsDouble(name) <= room) {
      return name;
    }
    String label = null;
    if (name.contains(" ")) {
      String[] words = name.split(" ");
      int complement = complement(words);
      label = byWords(words, room, measure, keepEnd, complement);
      label = label == null && complement > 0 ? byWords(words, room, measure, keepEnd, -1) : label;
    }
    if (label == null) {
      label = byCharacters(name, room, measure);
    }
    return name.codePointCount(0, name.length()) - label.codePointCount(0, label.length()) < minSaving ? name : label;
  }

  /**
   * Where the words after an English name's last "of" start, when they name something proper
   * (a capitalised word: "Republic of Moldova", "Democratic Republic of the Congo"): they tell the
   * name apart, and its first words alone ("Republic of…") would lose them; -1 when there are
   * none ("Accountability of public-sector systems" is told by its first words).
   */
  private static int complement(String[] words) {
    for (int i = words.length - 2; i > 0; i--) {
      if (words[i].equals("of")) {
        boolean proper = Arrays.stream(words, i + 1, words.length)
            .anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)));
        return proper ? i + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * The longest cut of {@code words} that fits: its first words, and when {@code keepEnd} or the
   * name has a {@code complement} ("… of X") its last words too, these then from X (the whole of
   * it, or from one of its capitalised words: "Republic…Moldova", "Democratic…the Congo"), or
   * X alone when no first word fits beside it ("…Venezuela").
   */
  private static String byWords(String[] words, double room, ToDoubleFunction<String> measure, boolean keepEnd,
      int complement) {
    boolean withEnd = keepEnd || complement > 0;
    String best = null;
    for (int h = 1; h < words.length; h++) {
      for (int from = withEnd ? words.length - 1 : words.length; from > h; from--) {
        boolean tellingEnd = complement < 0 || from == complement
            || (from > complement && Character.isUpperCase(words[from].codePointAt(0)));
        String label = join(words, 0, h, true) + ELLIPSIS + join(words, from, words.length, false);
        if (tellingEnd && (best == null || label.length() > best.length())
            && measure.applyAsDouble(label) <= room && !label.startsWith(ELLIPSIS)) {
          best = label;
        }
        if (!withEnd) {
          break;
        }
      }
    }
    for (int from = complement; best == null && from > 0 && from < words.length; from++) {
      String label = ELLIPSIS + join(words, from, words.length, false);
      best = measure.applyAsDouble(label) <= room ? label : null;
    }
    return best;
  }

  private static String join(String[] words, int from, int to, boolean head) {
    String part = balanced(String.join(" ", Arrays.asList(words).subList(from, to)), head);
    return head ? part.replaceAll(HEAD_END, "") : part.replaceAll(TAIL_START, "");
  }

  private static String byCharacters(String name, double room, ToDoubleFunction<String> measure) {
    int[] cps = name.codePoints().toArray();
    double left = room - measure.applyAsDouble(ELLIPSIS);
    StringBuilder head = new StringBuilder();
    int h = 0;
    while (h < cps.length && measure.applyAsDouble(head + Character.toString(cps[h])) <= left / 2) {
      head.appendCodePoint(cps[h++]);
    }
    String headText = balanced(head.toString(), true).stripTrailing();
    StringBuilder tail = new StringBuilder();
    for (int t = cps.length - 1; t >= h; t--) {
      String longer = Character.toString(cps[t]) + tail;
      if (measure.applyAsDouble(headText + longer) > left) {
        break;
      }
      tail.insert(0, Character.toChars(cps[t]));
    }
    return headText + ELLIPSIS + balanced(tail.toString(), false).stripLeading();
  }

  /**
   * The part of a cut label whose brackets and quotes are whole: a head loses an opening mark
   * whose partner was cut away (and what follows it), a tail a closing mark whose partner was.
   */
  static String balanced(String part, boolean head) {
    if (head) {
      List<Integer> open = new ArrayList<>();
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (OPENERS.indexOf(c) >= 0 || (c == '"' && (open.isEmpty() || part.charAt(open.get(open.size() - 1)) != '"'))) {
          open.add(i);
        } else if ((CLOSERS.indexOf(c) >= 0 || c == '"') && !open.isEmpty()) {
          open.remove(open.size() - 1);
        }
      }
      return open.isEmpty() ? part : part.substring(0, open.get(0));
    }
    List<Integer> close = new ArrayList<>();
    for (int i = part.length() - 1; i >= 0; i--) {
      char c = part.charAt(i);
      if (CLOSERS.indexOf(c) >= 0 || (c == '"' && (close.isEmpty() || part.charAt(close.get(close.size() - 1)) != '"'))) {
        close.add(i);
      } else if ((OPENERS.indexOf(c) >= 0 || c == '"') && !close.isEmpty()) {
        close.remove(close.size() - 1);
      }
    }
    return close.isEmpty() ? part : part.substring(close.get(0) + 1);
  }

  /**
   * Whether a reader could take {@code label} for a cut of {@code other}: what it keeps of a name
   * ("Korea…", "French…Office on…") begins, ends and runs in order through {@code other}.
   */
  static boolean couldStandFor(String label, String other) {
    String[] parts = label.split(ELLIPSIS, -1);
    int at = 0;
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      int found = p == 0 ? (other.startsWith(part) ? 0 : -1)
          : p == parts.length - 1 ? other.lastIndexOf(part) : other.indexOf(part, at);
      if (found < at || (p == parts.length - 1 && found + part.length() != other.length())) {
        return false;
      }
      at = found + part.length();
    }
    return parts.length > 1;
  }

  /**
   * The first words of {@code name} up to the one where it differs from every name in
   * {@code alike} ("Category number 4…" beside "Category number 5…"), when that fits
   * {@code room}; null otherwise, or for text without spaces.
   */
  static String distinctHead(String name, List<String> alike, double room,
      ToDoubleFunction<String> measure) {
    String[] words = name.split(" ");
    int last = 0;
    for (String other : alike) {
      String[] theirs = other.split(" ");
      int k = 0;
      while (k < words.length && k < theirs.length && words[k].equals(theirs[k])) {
        k++;
      }
      last = Math.max(last, k);
    }
    if (words.length < 2 || last >= words.length - 1) {
      return null;
    }
    String label = join(words, 0, last + 1, true) + ELLIPSIS;
    return measure.applyAsDouble(label) <= room ? label : null;
  }

  /**
   * {@code name} shortened keeping its first and last words (or characters), when what it keeps
   * tells it apart from every name in {@code alike}: no other name starts and ends alike. Null
   * otherwise (a cut that happens to differ, "French R…elligence" beside "French…telligence",
   * tells nothing).
   */
  static String distinctEnds(String name, List<String> alike, double room,
      ToDoubleFunction<String> measure, int minSaving) {
    String label = shorten(name, room, measure, true, minSaving);
    int cut = label.indexOf(ELLIPSIS);
    if (cut < 0) {
      return label;
    }
    String head = label.substring(0, cut);
    String tail = label.substring(cut + ELLIPSIS.length());
    return alike.stream().anyMatch(other -> other.startsWith(head) && other.endsWith(tail)) ? null : label;
  }

  /**
   * For names alike at both ends: the first words (or characters) of {@code name}, "…", then the
   * ones from where it first differs from the names in {@code alike} ("French…Office on…" beside
   * "French…Committee on…"): as much of where it differs as fits {@code room}, then as much of
   * its beginning, else the first word and the first
   * that differs when they fit {@code limit}; null when nothing fits or nothing differs.
   */
  static String distinctMiddle(String name, List<String> alike, double room, double limit,
      ToDoubleFunction<String> measure) {
    boolean words = name.contains(" ");
    String[] tokens = tokens(name, words);
    int differs = 0;
    for (String other : alike) {
      String[] theirs = tokens(other, words);
      int k = 0;
      while (k < tokens.length && k < theirs.length && tokens[k].equals(theirs[k])) {
        k++;
      }
      differs = Math.max(differs, k);
    }
    String shortest = null;
    String best = null;
    int bestMiddle = 0;
    for (int h = 1; h < differs; h++) {
      for (int m = 1; differs + m <= tokens.length; m++) {
        String head = balanced(concat(tokens, 0, h, words), true).replaceAll(HEAD_END, "");
        String middle = balanced(balanced(concat(tokens, differs, differs + m, words), true), false)
            .replaceAll(HEAD_END, "").replaceAll(TAIL_START, "");
        if (head.isEmpty() || middle.isEmpty()) {
          continue;
        }
        String label = head + ELLIPSIS + middle + (differs + m < tokens.length ? ELLIPSIS : "");
        double width = measure.applyAsDouble(label);
        shortest = shortest == null && width <= limit ? label : shortest;
        if (width > room) {
          break;
        }
        // the most of where it differs, then the most of its beginning
        if (m > bestMiddle || m == bestMiddle) {
          best = label;
          bestMiddle = m;
        }
      }
    }
    return best != null ? best : shortest;
  }

  private static String[] tokens(String name, boolean words) {
    return words ? name.split(" ") : name.codePoints().mapToObj(Character::toString).toArray(String[]::new);
  }

  private static String concat(String[] tokens, int from, int to, boolean words) {
    return String.join(words ? " " : "", Arrays.asList(tokens).subList(from, to));
  }
}
