package io.credence.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The scoring weights, feature transforms and outlet settings, read from a JSON profile file so that no weight lives in
 * code. The SHA-256 of the file's bytes identifies the profile in every run manifest.
 */
public final class ScoringProfile implements Serializable {

  /** The classpath resource of the shipped default profile. */
  public static final String DEFAULT_RESOURCE = "credence/profiles/default.json";

  /** One weighted feature: {@code z = (value - center) / scale}, contributing {@code weight * z} to the logit. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Feature(
      @JsonProperty("name") String name,
      @JsonProperty("label") String label,
      @JsonProperty("weight") double weight,
      @JsonProperty("center") double center,
      @JsonProperty("scale") double scale)
      implements Serializable {}

  /** How article scores become outlet scores. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Outlet(
      @JsonProperty("prior_articles") double priorArticles, @JsonProperty("min_articles") int minArticles)
      implements Serializable {}

  /** The profile document as written in JSON. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Document(
      @JsonProperty("name") String name,
      @JsonProperty("version") String version,
      @JsonProperty("intercept") double intercept,
      @JsonProperty("features") List<Feature> features,
      @JsonProperty("outlet") Outlet outlet)
      implements Serializable {}

  private final Document document;
  private final String sha256;

  private ScoringProfile(Document document, String sha256) {
    this.document = document;
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

  static ScoringProfile parse(byte[] bytes, String origin) {
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
        doc.features() != null && !doc.features().isEmpty(), "Profile '%s' lists no features", origin);
    for (Feature f : doc.features()) {
      Preconditions.checkArgument(f.name() != null, "Profile '%s' has a feature without a name", origin);
      Preconditions.checkArgument(
          f.scale() > 0, "Profile '%s': feature '%s' has scale %s; it must be > 0", origin, f.name(), f.scale());
    }
    Preconditions.checkArgument(doc.outlet() != null, "Profile '%s' has no 'outlet' section", origin);
    Preconditions.checkArgument(
        doc.outlet().priorArticles() >= 0,
        "Profile '%s': outlet.prior_articles is %s; it must be >= 0",
        origin,
        doc.outlet().priorArticles());
    return new ScoringProfile(doc, Hashing.sha256().hashBytes(bytes).toString());
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

  public Outlet outlet() {
    return document.outlet();
  }

  /** The hex SHA-256 of the profile file's bytes. */
  public String sha256() {
    return sha256;
  }
}
