package org.policybrief.publish;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code output/manifest.json}: every published edition, newest first, and each briefing's file,
 * language, selection, the countries it covers, pages, size and SHA-256, with the SHA-256 of the
 * data it was built from.
 * Holds no clock time, so re-publishing an edition from the same data gives the same bytes.
 * {@code archive} names the archive (the feed's ids): a hash of its first edition (date, data and
 * briefings), fixed once written, so it stays when retention deletes that edition, differs
 * between archives and is the same for every run of one.
 */
public record Manifest(int format, String archive, List<Edition> editions) {

  public static final String FILE = "manifest.json";
  private static final Pattern EDITION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public record Edition(String edition, String dataSha256, List<Briefing> briefings) {
    public Edition {
      briefings = List.copyOf(briefings);
    }
  }

  /**
   * {@code file} is relative to the output folder, e.g. {@code 2026-11-30/overview-zh-Hans.pdf};
   * {@code countries} are those with a document in the briefing, whatever was selected.
   */
  public record Briefing(String name, String file, String latestFile, String language, String title,
      Selection selection, List<String> countries, int pages, long bytes, String sha256, String dataSha256) {
    public Briefing {
      // older manifests recorded the covered countries as the selection's
      countries = List.copyOf(countries == null ? selection.countries() : countries);
    }
  }

  /** The selection as the plan gave it: empty lists for all, dates (YYYY-MM-DD) null when open. */
  public record Selection(List<String> countries, List<String> categories, String from, String to) {
    public static Selection of(org.policybrief.model.Selection selection) {
      return new Selection(selection.countries(), selection.categories(),
          Objects.toString(selection.from(), null), Objects.toString(selection.to(), null));
    }
  }

  public Manifest {
    editions = editions.stream().sorted(Comparator.comparing(Edition::edition).reversed()).toList();
    if (archive == null && !editions.isEmpty()) { // the first edition, or a manifest written before
      archive = archiveId(editions.get(editions.size() - 1));
    }
  }

  public static Manifest empty() {
    return new Manifest(1, null, List.of());
  }

  private static String archiveId(Edition first) {
    StringBuilder text = new StringBuilder(first.edition()).append('\n').append(first.dataSha256());
    first.briefings().forEach(b -> text.append('\n').append(b.file()).append(' ').append(b.sha256()));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The manifest of {@code outFolder}, or an empty one before the first edition. One this program
   * cannot have written is refused: retention deletes the folders of the editions it lists.
   */
  public static Manifest read(Path outFolder) throws IOException {
    Path file = outFolder.resolve(FILE);
    if (!Files.exists(file)) {
      return empty();
    }
    Manifest manifest;
    try {
      manifest = JSON.readValue(file.toFile(), Manifest.class);
    } catch (JsonProcessingException e) {
      // the parser's own message quotes its settings ("Source: REDACTED (StreamReadFeature…)")
      JsonLocation at = e.getLocation();
      throw new IOException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
          + ": broken or not a manifest of this program (the JSON is cut short or has fields it does"
          + " not know); restore the manifest or publish into another folder");
    }
    if (manifest.format() != empty().format()) {
      throw new IOException(file + ": format " + manifest.format() + ", where this program reads "
          + empty().format() + "; restore the manifest or publish into another folder");
    }
    for (Edition e : manifest.editions()) {
      if (!isEdition(e.edition())) {
        throw new IOException(file + ": \"" + e.edition() + "\" is not an edition date (YYYY-MM-DD);"
            + " restore the manifest or publish into another folder");
      }
    }
    return manifest;
  }

  /** This manifest with {@code edition} added or replaced, keeping only the {@code keep} newest. */
  public Manifest with(Edition edition, int keep) {
    List<Edition> all = new ArrayList<>(editions.stream()
        .filter(e -> !e.edition().equals(edition.edition())).toList());
    all.add(edition);
    all.sort(Comparator.comparing(Edition::edition).reversed());
    return new Manifest(format, archive, all.subList(0, Math.min(keep, all.size())));
  }

  /** This manifest without {@code editions}. */
  public Manifest without(List<String> gone) {
    return new Manifest(format, archive, editions.stream().filter(e -> !gone.contains(e.edition())).toList());
  }

  /** Whether publishing {@code edition} with {@code keep} leaves it among the editions kept. */
  public boolean keeps(String edition, int keep) {
    return with(new Edition(edition, "", List.of()), keep).lists(edition);
  }

  /** Whether {@code edition} is one of the editions this manifest lists. */
  public boolean lists(String edition) {
    return editions.stream().anyMatch(e -> e.edition().equals(edition));
  }

  /** Whether {@code text} is an edition's name, YYYY-MM-DD. */
  public static boolean isEdition(String text) {
    return text != null && EDITION.matcher(text).matches();
  }

  /**
   * The name a briefing of an edition is saved under when downloaded, the edition before the
   * extension (overview-en.pdf of 2026-11-30: overview-en-2026-11-30.pdf), so that several weeks'
   * downloads neither overwrite nor get numbered; files and their addresses keep their names.
   */
  public static String downloadName(String edition, String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName + "-" + edition
        : fileName.substring(0, dot) + "-" + edition + fileName.substring(dot);
  }

  public Edition newest() {
    return editions.get(0);
  }

  byte[] toJson() {
    try {
      return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }
}
