package io.credence.cli;

import picocli.CommandLine.Option;

/** {@code --master}, which every command that starts Spark takes ({@code score}, {@code backfill}, ...). */
final class MasterOption {

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, used only when spark-submit or configuration gives none (default: "
          + Sessions.DEFAULT_MASTER + ").")
  String url;
}
