package io.credence.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The {@code synth} job: writes JSON Lines articles composed from a sentence bank with planted per-outlet rates of
 * named attribution, anonymous sourcing, unattributed speculation, loaded language and quote attribution, plus
 * {@value #TRUTH_FILE} with each outlet's planted reliability. Streams to disk, so it scales to millions of articles.
 * The directory is what {@code score} reads as it is: the ground truth's name starts with {@code _}, so Spark's
 * readers and format detection leave it out.
 */
public final class SynthJob {

  /** The ground truth file in the output directory: {@code outlet, planted_reliability} and the traits. */
  public static final String TRUTH_FILE = "_outlets.csv";

  /** Sentences per article (about 3 KB of text). */
  static final int SENTENCES_PER_ARTICLE = 24;

  private SynthJob() {}

  /** One outlet's planted traits, each in [0, 1]. */
  public record Traits(
      double namedAttribution,
      double anonymousSourcing,
      double speculation,
      double loadedLanguage,
      double quoteAttribution) {

    /** The planted reliability, 0–100: careful sourcing up, anonymous sourcing, speculation and loaded words down. */
    public double reliability() {
      return 100.0
          * (0.30 * namedAttribution
              + 0.20 * quoteAttribution
              + 0.15 * (1 - anonymousSourcing)
              + 0.15 * (1 - speculation)
              + 0.20 * (1 - loadedLanguage));
    }
  }

  /** The last {@code published} date of the corpus: the run date that puts every article in a window. */
  public static java.time.LocalDate lastPublished(SynthOptions options) {
    return options.startDate().plusDays(options.days() - 1L);
  }

  /** Writes the corpus and returns the number of articles written. */
  public static long run(SynthOptions options) {
    Path dir = Path.of(options.output());
    try {
      Files.createDirectories(dir);
      long written = 0;
      int fileIndex = 0;
      Writer out = null;
      JsonFactory json = new JsonFactory();
      try (BufferedWriter outlets = Files.newBufferedWriter(dir.resolve(TRUTH_FILE), StandardCharsets.UTF_8)) {
        outlets.write(
            "outlet,planted_reliability,named_attribution,anonymous_sourcing,speculation,loaded_language,"
                + "quote_attribution\n");
        for (int o = 0; o < options.outlets(); o++) {
          String outlet = outletName(o);
          Traits traits = traits(options.seed(), o);
          outlets.write(
              String.format(
                  Locale.ROOT,
                  "%s,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n",
                  outlet,
                  traits.reliability(),
                  traits.namedAttribution(),
                  traits.anonymousSourcing(),
                  traits.speculation(),
                  traits.loadedLanguage(),
                  traits.quoteAttribution()));
          SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + o);
          for (int a = 0; a < options.articlesPerOutlet(); a++) {
            if (written % options.articlesPerFile() == 0) {
              if (out != null) {
                out.close();
              }
              String name = String.format(Locale.ROOT, "articles-%05d.jsonl", fileIndex++);
              out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
            }
            writeArticle(json, out, options, outlet, a, traits, random);
            written++;
          }
        }
      } finally {
        if (out != null) {
          out.close();
        }
      }
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the synthetic corpus to '" + dir + "'", e);
    }
  }

  /** The synthetic outlet name of index {@code o}. */
  public static String outletName(int o) {
    return String.format(Locale.ROOT, "synth-outlet-%04d", o);
  }

  /** The planted traits of outlet {@code o}: independent of how many outlets are generated. */
  public static Traits traits(long seed, int o) {
    SplittableRandom r = new SplittableRandom(seed * 7_919L + o * 104_729L + 1);
    return new Traits(r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble());
  }

  private static void writeArticle(
      JsonFactory json, Writer out, SynthOptions options, String outlet, int a, Traits t, SplittableRandom r)
      throws IOException {
    StringBuilder text = new StringBuilder(3200);
    for (int s = 0; s < SENTENCES_PER_ARTICLE; s++) {
      if (s > 0) {
        text.append(s % 3 == 0 ? "\n\n" : " ");
      }
      text.append(SentenceBank.sentence(t, r));
    }
    JsonGenerator g = json.createGenerator(out);
    g.writeStartObject();
    g.writeStringField("id", outlet + "-" + a);
    g.writeStringField("outlet", outlet);
    g.writeStringField("url", "https://" + outlet + ".example/articles/" + a);
    g.writeStringField("title", SentenceBank.title(t, r));
    g.writeStringField("text", text.toString());
    g.writeStringField("published", options.startDate().plusDays(a % options.days()).toString());
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  /** Sentence templates by kind, with slot fillers; each kind carries the cue it plants. */
  static final class SentenceBank {
    private static final String[] NAMES = {
      "Maria Lopez", "James Okafor", "Anna Kowalski", "David Chen", "Fatima Rahman", "Peter Lindqvist",
      "Grace Mensah", "Tomas Novak", "Laila Haddad", "Robert Ellison"
    };
    private static final String[] ROLES = {
      "the finance minister", "the agency's director", "a spokesperson for the council", "the mayor",
      "the chief economist", "the committee chair"
    };
    private static final String[] TOPICS = {
      "budget", "water project", "trade agreement", "rail contract", "housing plan", "tax reform",
      "energy deal", "school programme"
    };
    private static final String[] ORGS = {"ministry", "council", "regulator", "central bank", "committee", "agency"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] LOADED = {"shocking", "disgraceful", "bloody", "outrageous", "disastrous-looking"};

    private SentenceBank() {}

    static String title(Traits t, SplittableRandom r) {
      String topic = pick(TOPICS, r);
      return r.nextDouble() < 0.1 + 0.6 * t.loadedLanguage()
          ? "SHOCKING: the " + topic + " scandal they don't want you to see!"
          : "Council reviews " + topic + " after " + pick(DAYS, r) + " meeting";
    }

    static String sentence(Traits t, SplittableRandom r) {
      double named = 0.04 + 0.26 * t.namedAttribution();
      double anonymous = 0.02 + 0.16 * t.anonymousSourcing();
      double speculation = 0.02 + 0.18 * t.speculation();
      double loaded = 0.01 + 0.18 * t.loadedLanguage();
      double quote = 0.12;
      double x = r.nextDouble();
      if ((x -= named) < 0) {
        return namedAttribution(r);
      }
      if ((x -= anonymous) < 0) {
        return anonymousSourcing(r);
      }
      if ((x -= speculation) < 0) {
        return speculation(r);
      }
      if ((x -= loaded) < 0) {
        return loaded(r);
      }
      if ((x -= quote) < 0) {
        return r.nextDouble() < t.quoteAttribution() ? attributedQuote(r) : orphanQuote(r);
      }
      return neutral(r);
    }

    private static String namedAttribution(SplittableRandom r) {
      return switch (r.nextInt(3)) {
        case 0 -> pick(NAMES, r) + ", " + pick(ROLES, r) + ", said the " + pick(TOPICS, r)
            + " would be reviewed on " + pick(DAYS, r) + ".";
        case 1 -> "According to " + pick(NAMES, r) + ", the " + pick(ORGS, r) + " approved the "
            + pick(TOPICS, r) + " after a long debate.";
        default -> pick(NAMES, r) + " confirmed that the " + pick(ORGS, r) + " had signed the "
            + pick(TOPICS, r) + " documents.";
      };
    }

    private static String anonymousSourcing(SplittableRandom r) {
      return switch (r.nextInt(3)) {
        case 0 -> "Officials said the " + pick(TOPICS, r) + " had been delayed again.";
        case 1 -> "A person familiar with the matter said the " + pick(ORGS, r) + " was unhappy with the "
            + pick(TOPICS, r) + ".";
        default -> "Sources say the " + pick(ORGS, r) + " is quietly reviewing the " + pick(TOPICS, r) + ".";
      };
    }

    private static String speculation(SplittableRandom r) {
      return switch (r.nextInt(3)) {
        case 0 -> "The " + pick(TOPICS, r) + " may collapse before the end of the year.";
        case 1 -> "The " + pick(ORGS, r) + " reportedly plans to abandon the " + pick(TOPICS, r) + ".";
        default -> "It is possible that the " + pick(TOPICS, r) + " could cost far more than planned.";
      };
    }

    private static String loaded(SplittableRandom r) {
      return switch (r.nextInt(2)) {
        case 0 -> "Critics slammed the " + pick(LOADED, r) + " " + pick(TOPICS, r) + " as a disgrace.";
        default -> "The " + pick(TOPICS, r) + " turned into a bloody mess, a shocking outcome for everyone.";
      };
    }

    private static String attributedQuote(SplittableRandom r) {
      return "\u201CWe will deliver the " + pick(TOPICS, r) + " on time and on budget,\u201D " + pick(NAMES, r)
          + " said.";
    }

    private static String orphanQuote(SplittableRandom r) {
      return "\u201CThis changes everything for the " + pick(TOPICS, r) + " and for the people here.\u201D";
    }

    private static String neutral(SplittableRandom r) {
      return switch (r.nextInt(4)) {
        case 0 -> "The " + pick(ORGS, r) + " met on " + pick(DAYS, r) + " to discuss the " + pick(TOPICS, r) + ".";
        case 1 -> "The " + pick(TOPICS, r) + " was first proposed in " + (2010 + r.nextInt(14)) + ".";
        case 2 -> "Local businesses have followed the " + pick(TOPICS, r) + " closely since the spring.";
        default -> "The " + pick(ORGS, r) + " published its annual report on the " + pick(TOPICS, r) + ".";
      };
    }

    private static String pick(String[] options, SplittableRandom r) {
      return options[r.nextInt(options.length)];
    }
  }
}
