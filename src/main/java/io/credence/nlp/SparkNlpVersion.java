package io.credence.nlp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark NLP version the segmentation shortcuts were proven on. The plain route, the dictionary-abbreviation scan,
 * the step pre-checks and one-pass extraction of {@link FastPragmaticMethod} and the per-candidate token memo each
 * re-state a rule of Spark NLP's detector or tokenizer as it is written in that version; on any other version they
 * are off (with one warning) and every document goes through Spark NLP's own SentenceDetector and Tokenizer.
 */
final class SparkNlpVersion {

  /** The version the shortcuts were proven on by {@code SegmentationEquivalenceTest} and the rule tests. */
  static final String PROVEN = "5.5.3";

  private static final Logger LOG = LoggerFactory.getLogger(SparkNlpVersion.class);
  private static volatile Boolean proven;

  private SparkNlpVersion() {}

  /** The Spark NLP version on the class path. */
  static String running() {
    return com.johnsnowlabs.util.Build.version();
  }

  /** Whether the shortcuts may be used: the running Spark NLP is {@link #PROVEN}. Warns once when it is not. */
  static boolean shortcutsProven() {
    Boolean p = proven;
    if (p == null) {
      p = PROVEN.equals(running());
      if (!p) {
        LOG.warn(
            "Spark NLP {} is not {}, the version credence's segmentation shortcuts were proven on: they are off and "
                + "every document goes through Spark NLP's SentenceDetector and Tokenizer (slower, same output). "
                + "Re-run SegmentationEquivalenceTest on the new version and update SparkNlpVersion.PROVEN to turn "
                + "them on.",
            running(), PROVEN);
      }
      proven = p;
    }
    return p;
  }
}
