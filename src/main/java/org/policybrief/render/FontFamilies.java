package org.policybrief.render;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.policybrief.analysis.Changes;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Dataset;
import org.policybrief.render.fonts.FontLibrary;
import org.policybrief.render.fonts.GlyphCheck;

/**
 * Which font families a briefing is set in: the edition's own, then the fallback families its
 * text needs (emoji, Arabic, CJK Extension B), none when it needs none, so that their faces are
 * neither read nor embedded then. The same check reports characters no font can draw.
 */
final class FontFamilies {

  private final FontLibrary fonts;
  /** The last {@link #check}, whose fallbacks the render of the same selection then takes. */
  private final AtomicReference<Checked> lastChecked = new AtomicReference<>();

  private record Checked(Dataset dataset, BriefingSpec spec, Set<String> fallbacks) {}

  FontFamilies(FontLibrary fonts) {
    this.fonts = fonts;
  }

  /** Reports characters no font of the edition can draw to {@code diagnostics} as warnings. */
  void check(Dataset dataset, BriefingSpec spec, EditionLanguage language, Diagnostics diagnostics) {
    GlyphCheck check = glyphCheck(dataset, spec, null, language, diagnostics);
    lastChecked.set(new Checked(dataset, spec, check.fallbacks()));
  }

  /** The edition's font families, then the fallback families the briefing's text needs. */
  List<String> of(Dataset dataset, BriefingSpec spec, Changes changes, EditionLanguage language) {
    // The same dataset and spec objects just checked (generate): the same text, the same answer.
    Checked checked = lastChecked.get();
    if (changes == null && checked != null && checked.dataset() == dataset && checked.spec() == spec) {
      lastChecked.compareAndSet(checked, null); // holds no dataset longer than needed
      return FontLibrary.familiesOf(language.id(), checked.fallbacks());
    }
    GlyphCheck check = glyphCheck(dataset, spec, changes, language, new Diagnostics());
    return FontLibrary.familiesOf(language.id(), check.fallbacks());
  }

  /** Checks the text a briefing prints against the edition's fonts. */
  private GlyphCheck glyphCheck(Dataset dataset, BriefingSpec spec, Changes changes,
      EditionLanguage language, Diagnostics diagnostics) {
    GlyphCheck check = new GlyphCheck(fonts.regularFaces(language.id()), fonts.fallbackFaces(language.id()),
        diagnostics, new GlyphCheck.Edition(language.isChinese(), language::plain));
    check.check(dataset);
    check.check(spec.title(), "the title");
    check.check(spec.subtitle(), "the subtitle");
    check.check(spec.organisation(), "the organisation");
    if (changes != null) {
      changes.documents().forEach(c -> check.check(c.title(), "document " + c.id()));
      changes.measures().forEach(c -> check.check(c.title(), "measure " + c.id()));
    }
    return check;
  }
}
