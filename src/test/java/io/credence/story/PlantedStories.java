package io.credence.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic corpus with planted story structure: original articles on unrelated events (made-up names and terms, so
 * two events share only common English words), and for some of them rewrites by other outlets a day later:
 *
 * <ul>
 *   <li>{@link Kind#COPY}: the original's sentences near-verbatim (one word changed in each);
 *   <li>{@link Kind#CREDITED_COPY}: the same, plus a line naming the original's outlet;
 *   <li>{@link Kind#FAITHFUL}: every fact reworded (another sentence order and wording), its qualifiers kept;
 *   <li>{@link Kind#HEDGE_DROPPING}: every fact reworded, its qualifiers ("according to officials", "it is unclear
 *       whether", "reportedly", "X said") dropped.
 * </ul>
 */
final class PlantedStories {

  enum Kind { ORIGINAL, COPY, CREDITED_COPY, FAITHFUL, HEDGE_DROPPING }

  /** One planted article: its id, outlet, the event it tells, how it was made and, for a copy, whose text it took. */
  record Planted(String id, String outlet, int event, Kind kind, String copiedOutlet) {}

  static final LocalDate DAY = LocalDate.of(2024, 3, 10);

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ru", "te", "sa", "vo", "ne", "di", "pa", "gu", "ze", "ri", "tho", "bel", "mar", "quin", "dra",
    "sol", "fen", "ix", "or", "ul", "ast", "ven", "kor", "lis", "mun", "pey", "rak"
  };
  private static final String[] VERBS = {
    "approved", "blocked", "funded", "opened", "closed", "expanded", "inspected", "delayed", "announced", "rejected"
  };
  private static final String[] VERBS_PARAPHRASE = {
    "endorsed", "halted", "financed", "launched", "shut", "enlarged", "examined", "postponed", "unveiled", "refused"
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] FILLER = {"new", "large", "local", "regional", "second", "main", "northern", "old"};
  private static final String[] TAILS = {
    "and the %s was part of the plan", "while the %s stayed under review", "after the %s drew attention",
    "as the %s came up for a vote", "with the %s still pending", "before the %s was signed"
  };
  private static final String[] REWORDED_TAILS = {"with the %s included", "the %s among them", "including the %s"};

  private final Random random;
  final List<Planted> planted = new ArrayList<>();
  final List<Map<String, String>> records = new ArrayList<>();

  private PlantedStories(long seed) {
    this.random = new Random(seed);
  }

  /**
   * {@code groups} events of each rewritten kind (each told by an original and two rewrites: copy + faithful, or
   * credited copy + hedge-dropping) and {@code singles} events told once.
   */
  static PlantedStories generate(long seed, int groups, int singles) {
    PlantedStories c = new PlantedStories(seed);
    int event = 0;
    for (int g = 0; g < groups; g++) {
      c.event(event++, Kind.COPY, Kind.FAITHFUL);
      c.event(event++, Kind.CREDITED_COPY, Kind.HEDGE_DROPPING);
    }
    for (int s = 0; s < singles; s++) {
      c.event(event++);
    }
    return c;
  }

  Path writeJsonl(Path dir) {
    Path file = dir.resolve("planted.jsonl");
    ObjectMapper om = new ObjectMapper();
    StringBuilder b = new StringBuilder();
    try {
      for (Map<String, String> r : records) {
        b.append(om.writeValueAsString(r)).append('\n');
      }
      Files.writeString(file, b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  private String name() {
    String w = word(2 + random.nextInt(2));
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** One fact: who did what to which thing of whom, where and when, and the qualifier it carries (or none). */
  private record Fact(String actor, int verb, String thing, String owner, String place, String day, String other,
      String speaker, int qualifier, int tail) {}

  private void event(int event, Kind... rewrites) {
    String[] names = new String[6];
    String[] things = new String[4];
    for (int i = 0; i < names.length; i++) {
      names[i] = name();
    }
    for (int i = 0; i < things.length; i++) {
      things[i] = word(3);
    }
    String place = name();
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      facts.add(new Fact(names[random.nextInt(3)], random.nextInt(VERBS.length), things[random.nextInt(4)],
          names[3 + random.nextInt(3)], place, DAYS[random.nextInt(DAYS.length)], things[random.nextInt(4)],
          names[random.nextInt(names.length)], i % 5, random.nextInt(TAILS.length * REWORDED_TAILS.length)));
    }
    String originalOutlet = outlet();
    List<String> original = new ArrayList<>();
    for (Fact f : facts) {
      original.add(qualified(f, plain(f), true));
    }
    add(event, originalOutlet, Kind.ORIGINAL, null, names[0] + " " + VERBS[facts.get(0).verb] + " the " + things[0],
        original, DAY);
    for (Kind kind : rewrites) {
      String outlet = outlet();
      while (outlet.equals(originalOutlet)) {
        outlet = outlet();
      }
      List<String> text = new ArrayList<>();
      String title;
      switch (kind) {
        case COPY, CREDITED_COPY -> {
          for (String s : original) {
            text.add(changeOneWord(s));
          }
          if (kind == Kind.CREDITED_COPY) {
            text.add("This report was first published by " + outletName(originalOutlet) + " and is used with thanks.");
          }
          title = names[0] + " " + VERBS[facts.get(0).verb] + " the " + things[0] + " in " + place;
        }
        default -> {
          for (int i = facts.size() - 1; i >= 0; i--) {
            Fact f = facts.get(i);
            text.add(kind == Kind.FAITHFUL ? qualified(f, reworded(f), false) : reworded(f));
          }
          title = "The " + things[0] + " " + VERBS_PARAPHRASE[facts.get(0).verb] + " by " + names[0];
        }
      }
      add(event, outlet, kind, kind == Kind.COPY || kind == Kind.CREDITED_COPY ? originalOutlet : null, title, text,
          DAY.plusDays(1));
    }
  }

  private static String plain(Fact f) {
    return f.actor + " " + VERBS[f.verb] + " the " + FILLER[f.verb % FILLER.length] + " " + f.thing + " of "
        + f.owner + " in " + f.place + " on " + f.day + ", " + String.format(TAILS[f.tail % TAILS.length], f.other);
  }

  private static String reworded(Fact f) {
    return "On " + f.day + " in " + f.place + ", " + f.owner + " saw its " + f.thing + " "
        + VERBS_PARAPHRASE[f.verb] + " by " + f.actor + ", "
        + String.format(REWORDED_TAILS[f.tail % REWORDED_TAILS.length], f.other) + ".";
  }

  /** The fact with its qualifier: 0 none, 1 anonymous source, 2 uncertainty, 3 hearsay, 4 a named speaker. */
  private static String qualified(Fact f, String sentence, boolean original) {
    String s = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    return switch (f.qualifier) {
      case 1 -> "According to officials, " + s + ".";
      case 2 -> "It is unclear whether " + lowerFirstIfCommon(s) + ".";
      case 3 -> original ? s.replaceFirst(" ", " reportedly ") + "." : "Reportedly, " + s + ".";
      case 4 -> s + ", " + f.speaker + " said.";
      default -> s + ".";
    };
  }

  private static String lowerFirstIfCommon(String s) {
    return s.startsWith("On ") ? "on " + s.substring(3) : s;
  }

  private String changeOneWord(String s) {
    String[] words = s.split(" ");
    for (int tries = 0; tries < 20; tries++) {
      int i = random.nextInt(words.length);
      for (int v = 0; v < FILLER.length; v++) {
        if (words[i].equals(FILLER[v])) {
          words[i] = FILLER[(v + 1) % FILLER.length];
          return String.join(" ", words);
        }
      }
    }
    return s.replace(" the ", " a ");
  }

  private String outlet() {
    return word(2) + "news.com";
  }

  /** How a writer names an outlet: "kalonews.com" → "Kalo News". */
  static String outletName(String outlet) {
    String label = outlet.substring(0, outlet.indexOf('.'));
    String stem = label.substring(0, label.length() - 4);
    return Character.toUpperCase(stem.charAt(0)) + stem.substring(1) + " News";
  }

  private void add(int event, String outlet, Kind kind, String copied, String title, List<String> sentences,
      LocalDate published) {
    String id = String.format(Locale.ROOT, "e%03d-%s", event, kind.name().toLowerCase(Locale.ROOT));
    planted.add(new Planted(id, outlet, event, kind, copied));
    Map<String, String> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("outlet", outlet);
    r.put("title", title);
    r.put("published", published.toString());
    r.put("text", String.join(" ", sentences));
    records.add(r);
  }
}
