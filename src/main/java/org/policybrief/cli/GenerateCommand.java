package org.policybrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policybrief.analysis.SelectionFilter;
import org.policybrief.config.BriefingSettings;
import org.policybrief.config.ConfigFile;
import org.policybrief.diag.DiagnosticPrinter;
import org.policybrief.diag.Diagnostics;
import org.policybrief.model.BriefingSpec;
import org.policybrief.model.Selection;
import org.policybrief.pipeline.BriefingPipeline;
import org.policybrief.pipeline.BriefingPipeline.PdfKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes one briefing PDF into the output folder and prints its path.",
    footer = ExitCodes.HELP)
final class GenerateCommand implements Callable<Integer> {

  @Mixin DataOptions data;

  @Option(names = "--config", paramLabel = "FILE",
      description = "briefing.yaml with the same settings (and organisation, pageSize);"
          + " options given here override it.")
  Path config;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output).")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Edition date (default: today). The same data and date give the same bytes.")
  String date;

  @Option(names = "--lang", paramLabel = "LANG", description = "zh-Hans (default), zh-Hant or en.")
  String lang;

  @Option(names = "--country", paramLabel = "CODE", split = ",",
      description = "Only these countries, in this order (e.g. CN,US).")
  List<String> countries;

  @Option(names = "--category", paramLabel = "ID", split = ",", description = "Only these categories.")
  List<String> categories;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only measures from this date on.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only measures up to this date.")
  String to;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title of the briefing.")
  String title;

  @Option(names = "--subtitle", paramLabel = "TEXT",
      description = "Subtitle on the cover (default: the countries' names; beyond 8, the first 8 and how many more).")
  String subtitle;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Own templates: a file here replaces the built-in one of the same name.")
  Path templates;

  @Option(names = "--fonts", paramLabel = "DIR",
      description = "Own fonts: a .ttf here replaces the built-in one of the same file name.")
  Path fonts;

  @Option(names = "--pdfa",
      description = "Archival PDF/A-3u, tagged, that carries the dataset inside as a workbook.")
  boolean pdfa;

  @Option(names = "--pdfua", description = "Tagged PDF/UA-1 for screen readers (slower to render).")
  boolean pdfua;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    BriefingSettings fromFile = BriefingSettings.NONE;
    if (config != null && GenerateChecks.configFile(config, diagnostics)) {
      // a file with mistakes gives nothing, and the command line is checked all the same
      fromFile = ConfigFile.read(config, diagnostics).orElse(BriefingSettings.NONE);
    }
    // dates are read here, not by picocli, whose first bad value ended the command line
    LocalDate edition = GenerateChecks.date("--date", date, diagnostics);
    LocalDate fromDate = GenerateChecks.date("--from", from, diagnostics);
    LocalDate toDate = GenerateChecks.date("--to", to, diagnostics);
    BriefingSettings s = fromFile.overriddenBy(new BriefingSettings(title, subtitle, lang, stripped(countries),
        stripped(categories), fromDate, toDate, null, null, templates, fonts, data.data, out, edition));
    GenerateChecks.values(s, diagnostics);
    GenerateChecks.pdfKinds(pdfa, pdfua, diagnostics);
    GenerateChecks.data(s.data(), s.at("data"), diagnostics);
    GenerateChecks.folder(s.templates(), "template", s.at("templates"), diagnostics);
    GenerateChecks.folder(s.fonts(), "font", s.at("fonts"), diagnostics);
    if (diagnostics.hasErrors()) {
      DiagnosticPrinter.print(diagnostics.sorted(), spec.commandLine().getErr());
      return GenerateChecks.exitCode(diagnostics.errors());
    }
    String language = s.lang() == null ? BriefingSpec.SIMPLIFIED_CHINESE : s.lang();
    BriefingSpec briefing = new BriefingSpec(s.date() != null ? s.date() : LocalDate.now(), language,
        s.title(), s.subtitle(), s.organisation(), s.pageSize(),
        new Selection(s.countries(), s.categories(), s.from(), s.to()));
    BriefingPipeline pipeline = new BriefingPipeline(s.templates(), s.fonts(),
        pdfa ? PdfKind.ARCHIVAL : pdfua ? PdfKind.ACCESSIBLE : PdfKind.PLAIN);
    Path outFolder = s.out() != null ? s.out() : Path.of("output");
    Optional<Path> written = pipeline.generate(DataOptions.readerOf(s.data(), data.dbSchema), briefing,
        new SelectionFilter.Origin(s.places()), outFolder, diagnostics);
    DiagnosticPrinter.print(diagnostics.sorted(), spec.commandLine().getErr());
    if (written.isEmpty()) {
      return ExitCodes.DATA;
    }
    spec.commandLine().getOut().println(written.get());
    return ExitCodes.OK;
  }

  /** Codes as a config file reads them: {@code --country "CN, US"} names US, not " US". */
  private static List<String> stripped(List<String> codes) {
    return codes == null ? null : codes.stream().map(String::strip).toList();
  }
}
