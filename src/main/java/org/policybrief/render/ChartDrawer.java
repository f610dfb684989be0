package org.policybrief.render;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.util.Map;
import org.policybrief.chart.ChartInput;
import org.policybrief.chart.Figure;
import org.w3c.dom.Element;

/**
 * Draws the chart an {@code <object type="pb/chart" data-chart="…">} element names, as vector
 * graphics straight into the page (a form XObject, never an image), with its text as text.
 */
final class ChartDrawer implements FSObjectDrawer {

  static final String OBJECT_TYPE = "pb/chart";

  private final Map<String, Figure> figures;
  private final ChartInput.Fallbacks fallbacks;

  private ChartDrawer(Map<String, Figure> figures, ChartInput.Fallbacks fallbacks) {
    this.figures = figures;
    this.fallbacks = fallbacks;
  }

  /** The factory for one document: its figures by element id. */
  static DefaultObjectDrawerFactory factory(Map<String, Figure> figures) {
    return factory(figures, (codePoint, like) -> null);
  }

  /** {@code fallbacks} give the font for a label's character that the chart's font lacks. */
  static DefaultObjectDrawerFactory factory(Map<String, Figure> figures, ChartInput.Fallbacks fallbacks) {
    DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
    factory.registerDrawer(OBJECT_TYPE, new ChartDrawer(Map.copyOf(figures), fallbacks));
    return factory;
  }

  @Override
  public Map<Shape, String> drawObject(Element element, double x, double y, double width,
      double height, OutputDevice outputDevice, RenderingContext context, int dotsPerPixel) {
    Figure figure = figures.get(element.getAttribute("data-chart"));
    if (figure == null) {
      throw new IllegalStateException("the template places an unknown chart: " + element.getAttribute("data-chart"));
    }
    float w = (float) width / dotsPerPixel;
    float h = (float) height / dotsPerPixel;
    outputDevice.drawWithGraphics((float) x, (float) y, w, h, g -> {
      // Fractional metrics make the outlines XChart lays out match the text widths in the PDF.
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      ((PdfBoxGraphics2D) g).setDrawControl(new OutlineText(figure.texts(), fallbacks));
      figure.chart().paint(g, Math.round(w), Math.round(h));
    });
    return null;
  }
}
