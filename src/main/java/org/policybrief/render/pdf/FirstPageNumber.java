package org.policybrief.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Paints a laid-out part of a briefing with its pages numbered from a number known only once the
 * parts before it are laid out. openhtmltopdf takes the first page number when the renderer is
 * built, before layout, though it reads it only when painting (for {@code counter(page)}); its
 * public painting method passes none, and the private one it calls takes the number. Calling that
 * one lets parts be laid out side by side (see {@link PartedPdfWriter}). A private method of a
 * class on the class path may be called so on every Java version; openhtmltopdf's version is
 * pinned, and {@code PartedBriefingTest} reads every page's number.
 */
final class FirstPageNumber {

  private static final Method CREATE_PDF = createPdf();

  private FirstPageNumber() {}

  /** What {@link PdfBoxRenderer#createPDFWithoutClosing()} does, with pages from {@code first} on. */
  static void paint(PdfBoxRenderer renderer, int first) throws IOException {
    try {
      CREATE_PDF.invoke(renderer, false, first);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Method createPdf() {
    try {
      Method method = PdfBoxRenderer.class.getDeclaredMethod("createPdfFast", boolean.class, int.class);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("openhtmltopdf has no PdfBoxRenderer.createPdfFast(boolean, int)", e);
    }
  }
}
