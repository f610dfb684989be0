package org.policybrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The strings a chart draws, and the fonts and rotations it draws them in. XChart fills text as glyph
 * outlines; the drawer recognises those outlines among these strings and writes real text.
 */
public final class ChartTexts {

  private final Set<String> strings = new LinkedHashSet<>();
  private final List<Double> rotations = new ArrayList<>(List.of(0.0));
  private final List<Font> fonts = new ArrayList<>();
  private final Set<String> onBaseline = new LinkedHashSet<>();
  private final Set<String> upright = new LinkedHashSet<>();

  /**
   * Fills {@code outline}, a registered string's, moved by ({@code dx}, {@code dy}) as XChart fills
   * its own text: the move goes into the transform and the outline stays as laid out, so the
   * drawer recognises it and writes the string as text.
   */
  static void fill(Graphics2D g, Shape outline, double dx, double dy) {
    AffineTransform before = g.getTransform();
    g.translate(dx, dy);
    g.fill(outline);
    g.setTransform(before);
  }

  /** Registers {@code text} and returns it, so chart code can register where it passes text. */
  public String add(String text) {
    strings.add(text);
    return text;
  }

  public List<String> addAll(List<String> texts) {
    texts.forEach(this::add);
    return texts;
  }

  /** XChart rotates axis labels by {@code -degrees}. */
  void addRotation(int degrees) {
    double radians = -Math.toRadians(degrees);
    if (!rotations.contains(radians)) {
      rotations.add(radians);
    }
  }

  /**
   * Level category-axis labels. XChart sets each by the bottom of its ink, so "Transport" (with
   * its descender) would sit higher than "Health"; the drawer puts them on one baseline.
   */
  void alignOnBaseline(List<String> labels) {
    onBaseline.addAll(labels);
  }

  public Set<String> onBaseline() {
    return Set.copyOf(onBaseline);
  }

  /**
   * Upright category-axis labels. XChart ends each at the axis and keeps room for the longest as
   * it lays them out; the drawer moves them all up the room when one, drawn in fallback fonts, is
   * longer than that.
   */
  void alignUpright(List<String> labels) {
    upright.addAll(labels);
  }

  public Set<String> upright() {
    return Set.copyOf(upright);
  }

  void addFont(Font font) {
    if (!fonts.contains(font)) {
      fonts.add(font);
    }
  }

  public int size() {
    return strings.size();
  }

  public List<String> strings() {
    return List.copyOf(strings);
  }

  public List<Double> rotations() {
    return List.copyOf(rotations);
  }

  /** The fonts the chart draws text in. */
  public List<Font> fonts() {
    return List.copyOf(fonts);
  }
}
