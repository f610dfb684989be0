package org.policybrief.model;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The country codes the data format accepts (ISO 3166-1 alpha-2, plus EU and UN) and their
 * built-in names, taken from ICU's copy of the Unicode CLDR so that no list is kept by hand. Not
 * from the JDK's: its names change with its version (TR was Turkey on JDK 17 and Türkiye on 25),
 * and the launcher runs the newest JDK of the machine, so the same data gave different briefings;
 * ICU's come with the version the build names.
 */
public final class CountryCodes {

  private static final Set<String> BODIES = Set.of("EU", "UN");
  private static final Set<String> VALID = validCodes();
  private static final LocaleDisplayNames TRADITIONAL_SHORT =
      LocaleDisplayNames.getInstance(ULocale.TRADITIONAL_CHINESE, DisplayContext.LENGTH_SHORT);

  private CountryCodes() {}

  public static boolean isValid(String code) {
    return VALID.contains(code);
  }

  /**
   * The accepted code an invalid one most likely stands for, or empty: the same in capitals
   * ({@code br}), or the European Union's own code for Greece and the United Kingdom ({@code EL},
   * {@code UK}), which EU documents use where ISO 3166-1 has GR and GB.
   */
  public static String likelyMeant(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    String meant = switch (upper) {
      case "EL" -> "GR";
      case "UK" -> "GB";
      default -> upper;
    };
    return !meant.equals(code) && isValid(meant) ? meant : "";
  }

  /** The built-in name of a code in Chinese and English, e.g. 中国 / China. */
  public static Text builtInName(String code) {
    return switch (code) {
      case "EU" -> new Text("欧盟", "European Union");
      case "UN" -> new Text("联合国", "United Nations");
      default -> new Text(regionName(code, ULocale.SIMPLIFIED_CHINESE), prose(regionName(code, ULocale.ENGLISH)));
    };
  }

  /**
   * CLDR's English name as a briefing writes it: its short forms for lists and menus spelt out,
   * "&" as "and", "St." as "Saint", a capital that tells two alike names apart in brackets
   * ("Bosnia and Herzegovina", "Saint Kitts and Nevis", "Congo (Kinshasa)", where headings and
   * sentences read "Bosnia & Herzegovina", "St. Kitts & Nevis", "Congo - Kinshasa").
   */
  static String prose(String name) {
    String spelt = name.replace(" & ", " and ").replaceAll("\\bSt\\. ", "Saint ");
    int dash = spelt.indexOf(" - ");
    return dash < 0 ? spelt : spelt.substring(0, dash) + " (" + spelt.substring(dash + 3) + ")";
  }

  /**
   * The built-in name of a code in one edition language: 中国 / 中國 / China. The Traditional
   * edition, in Taiwan's usage, takes CLDR's short form where it has one (香港, 澳門, 巴勒斯坦):
   * its full forms are the mainland's (中國香港特別行政區, 巴勒斯坦自治區), which no text in Taiwan
   * writes for them.
   */
  public static String builtInName(String code, String language) {
    return switch (language) {
      case BriefingSpec.ENGLISH -> builtInName(code).en();
      case BriefingSpec.TRADITIONAL_CHINESE -> switch (code) {
        case "EU" -> "歐盟";
        case "UN" -> "聯合國";
        default -> TRADITIONAL_SHORT.regionDisplayName(code);
      };
      default -> builtInName(code).zh();
    };
  }

  private static String regionName(String code, ULocale language) {
    return new ULocale.Builder().setRegion(code).build().getDisplayCountry(language);
  }

  private static Set<String> validCodes() {
    Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.addAll(BODIES);
    return Set.copyOf(codes);
  }
}
