package io.credence.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The scoring weights, feature transforms, outlet settings and bands, read from a versioned JSON profile so that no
 * weight lives in code. The SHA-256 of the file's bytes identifies the profile in every run manifest.
 */
public final class ScoringProfile implements Serializable {

  /** The classpath resource of the shipped default profile. */
  public static final String DEFAULT_RESOURCE = "credence/profiles/default.json";

  /** The profile format this code reads and writes; a profile without {@code format} is read as format 1. */
  public static final int FORMAT = 1;

  /** The band of an outlet with fewer articles than {@code outlet.min_articles}. */
  public static final String INSUFFICIENT = "insufficient";

  /** How a raw feature value is mapped before standardising: {@code z = (transform(x) - center) / scale}. */
  public enum Transform {
    IDENTITY,
    /** {@code ln(1 + x)}, which tames the long tail of rates in very short articles. */
    LOG1P;

    static Transform parse(String s, String origin, String feature) {
      if (s == null) {
        return IDENTITY;
      }
      for (Transform t : values()) {
        if (t.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
          return t;
        }
      }
      throw new IllegalArgumentException(
          String.format(
              "Profile '%s': feature '%s' has unknown transform '%s'; use identity or log1p", origin, feature, s));
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One weighted feature: {@code z = (transform(value) - center) / scale}, contributing {@code weight * z}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "label", "transform", "weight", "center", "scale"})
  public record Feature(
      String name,
      String label,
      String transform,
      double weight,
      double center,
      double scale)
      implements Serializable {

    /** The parsed transform (identity when the profile names none). */
    public Transform transformKind() {
      return Transform.parse(transform, "?", name);
    }

    /** The human label used in explanations, falling back to the column name. */
    public String displayLabel() {
      return label == null || label.isBlank() ? name : label;
    }
  }

  /**
   * How article scores become outlet scores: the prior strength (in articles) of the shrinkage toward the corpus mean,
   * the minimum number of articles for a band other than {@code insufficient}, and the interval's coverage.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"prior_articles", "min_articles", "interval"})
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Outlet(
      double priorArticles,
      Integer minArticles,
      Double interval)
      implements Serializable {

    public int minArticlesOrDefault() {
      return minArticles == null ? 5 : minArticles;
    }

    public double intervalOrDefault() {
      return interval == null ? 0.9 : interval;
    }
  }

  /** A rating band: outlets whose reliability is at least {@code min} (and below the next band) get {@code band}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"band", "min"})
  public record Band(String band, double min) implements Serializable {}

  /** The band below {@code high} in {@link #DEFAULT_BANDS}: an outlet that is reliable, short of the best. */
  public static final String GENERALLY_RELIABLE = "generally reliable";

  /** The bands of the rating-agency style scale, used when a profile lists none. */
  public static final List<Band> DEFAULT_BANDS =
      List.of(new Band("high", 80), new Band(GENERALLY_RELIABLE, 60), new Band("mixed", 40), new Band("low", 0));

  /**
   * The calibration map from the linear score {@code s = intercept + Σ weight·z} to the estimate of expert quality:
   * {@code reliability = 100 · sigmoid(offset + slope · s)}. Fitted by {@code calibrate}; a profile without one uses
   * the identity link (offset 0, slope 1).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"type", "offset", "slope"})
  public record Link(
      String type, double offset, double slope)
      implements Serializable {

    /** The only type: a logistic link on the linear score. */
    public static final String LOGISTIC = "logistic";

    public static final Link IDENTITY = new Link(LOGISTIC, 0, 1);
  }

  /** The profile document as written in JSON. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"format", "name", "version", "description", "calibration", "intercept", "link", "features",
      "outlet", "bands"})
  public record Document(
      Integer format,
      String name,
      String version,
      String description,
      JsonNode calibration,
      double intercept,
      Link link,
      List<Feature> features,
      Outlet outlet,
      List<Band> bands)
      implements Serializable {}

  private final Document document;
  private final List<Band> bands;
  private final String sha256;

  private ScoringProfile(Document document, List<Band> bands, String sha256) {
    this.document = document;
    this.bands = bands;
    this.sha256 = sha256;
  }

  /** The default profile shipped in the jar. */
  public static ScoringProfile standard() {
    try (InputStream in = ScoringProfile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      Preconditions.checkState(in != null, "Default profile %s is missing from the classpath", DEFAULT_RESOURCE);
      return parse(in.readAllBytes(), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** Reads a profile file, failing with a message that names the file and the problem. */
  public static ScoringProfile load(Path file) {
    Preconditions.checkArgument(Files.isRegularFile(file), "Profile file '%s' does not exist", file);
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read profile file '" + file + "'", e);
    }
  }

  /** The profile a document describes, as if read from its JSON serialisation. */
  public static ScoringProfile of(Document document) {
    return parse(toJson(document).getBytes(StandardCharsets.UTF_8), document.name());
  }

  /** The pretty-printed JSON of a profile document, in the stable field order of the format. */
  public static String toJson(Document document) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise profile " + document.name(), e);
    }
  }

  /** Parses and checks profile JSON; {@code origin} names it in error messages. */
  public static ScoringProfile parse(byte[] bytes, String origin) {
    Document doc;
    try {
      doc = new ObjectMapper().readValue(bytes, Document.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Profile '" + origin + "' is not a valid profile: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse profile '" + origin + "'", e);
    }
    Preconditions.checkArgument(doc != null, "Profile '%s' is empty", origin);
    Preconditions.checkArgument(
        doc.format() == null || doc.format() == FORMAT,
        "Profile '%s' has format %s; this credence reads format %s",
        origin,
        doc.format(),
        FORMAT);
    Preconditions.checkArgument(
        doc.features() != null && !doc.features().isEmpty(), "Profile '%s' lists no features", origin);
    for (Feature f : doc.features()) {
      Preconditions.checkArgument(f.name() != null, "Profile '%s' has a feature without a name", origin);
      Preconditions.checkArgument(
          f.scale() > 0, "Profile '%s': feature '%s' has scale %s; it must be > 0", origin, f.name(), f.scale());
      Transform.parse(f.transform(), origin, f.name());
    }
    Preconditions.checkArgument(
        doc.link() == null || Link.LOGISTIC.equals(doc.link().type()) && doc.link().slope() >= 0,
        "Profile '%s': link %s must be of type 'logistic' with slope >= 0 (a monotone map)", origin, doc.link());
    Preconditions.checkArgument(doc.outlet() != null, "Profile '%s' has no 'outlet' section", origin);
    Preconditions.checkArgument(
        doc.outlet().priorArticles() >= 0,
        "Profile '%s': outlet.prior_articles is %s; it must be >= 0",
        origin,
        doc.outlet().priorArticles());
    Preconditions.checkArgument(
        doc.outlet().minArticlesOrDefault() >= 1,
        "Profile '%s': outlet.min_articles is %s; it must be >= 1",
        origin,
        doc.outlet().minArticles());
    double coverage = doc.outlet().intervalOrDefault();
    Preconditions.checkArgument(
        coverage > 0 && coverage < 1, "Profile '%s': outlet.interval is %s; it must be in (0, 1)", origin, coverage);
    List<Band> bands = new ArrayList<>(doc.bands() == null || doc.bands().isEmpty() ? DEFAULT_BANDS : doc.bands());
    bands.sort(Comparator.comparingDouble(Band::min).reversed());
    for (Band b : bands) {
      Preconditions.checkArgument(
          b.band() != null && !b.band().isBlank(), "Profile '%s' has a band without a name", origin);
    }
    Preconditions.checkArgument(
        bands.get(bands.size() - 1).min() <= 0,
        "Profile '%s': the lowest band '%s' starts at %s; one band must start at 0 so every score has a band",
        origin,
        bands.get(bands.size() - 1).band(),
        bands.get(bands.size() - 1).min());
    return new ScoringProfile(doc, List.copyOf(bands), Hashing.sha256().hashBytes(bytes).toString());
  }

  /** Fails with the unknown names when the profile uses a feature that {@code available} lacks. */
  public void checkFeatures(Collection<String> available) {
    List<String> unknown =
        document.features().stream().map(Feature::name).filter(n -> !available.contains(n)).toList();
    Preconditions.checkArgument(
        unknown.isEmpty(),
        "Profile '%s' uses unknown feature(s) %s; known features are %s",
        document.name(),
        unknown,
        available);
  }

  public String name() {
    return document.name();
  }

  public String version() {
    return document.version();
  }

  public double intercept() {
    return document.intercept();
  }

  public List<Feature> features() {
    return document.features();
  }

  /** The calibration map; the identity link when the profile has none. */
  public Link link() {
    return document.link() == null ? Link.IDENTITY : document.link();
  }

  public Outlet outlet() {
    return document.outlet();
  }

  /** The bands, highest first; the last starts at or below 0. */
  public List<Band> bands() {
    return bands;
  }

  public Document document() {
    return document;
  }

  /** The hex SHA-256 of the profile file's bytes. */
  public String sha256() {
    return sha256;
  }
}
