package io.credence.text;

/**
 * One matched cue: where it is (sentence, or -1 for a boilerplate line, and character span into the article text,
 * {@code end} exclusive), what it is, the source type of its attribution (or {@code null}) and whether a negation
 * reverses it (a negated hit is kept as evidence but not counted).
 */
public record CueHit(
    int sentenceIndex, String cue, CueCategory category, SourceType sourceType, boolean negated, int begin, int end)
    implements java.io.Serializable {

  /**
   * The category of an attribution whose source is {@code type}: an anonymous source makes it {@code
   * anonymous_source}, any other (or none) a plain {@code attribution}.
   */
  static CueCategory attributionCategory(SourceType type) {
    return type == SourceType.ANONYMOUS ? CueCategory.ANONYMOUS_SOURCE : CueCategory.ATTRIBUTION;
  }

  /** A plain, non-negated hit without a source type. */
  public CueHit(int sentenceIndex, String cue, CueCategory category, int begin, int end) {
    this(sentenceIndex, cue, category, null, false, begin, end);
  }

  CueHit withSourceType(SourceType type) {
    return new CueHit(sentenceIndex, cue, category, type, negated, begin, end);
  }

  CueHit retyped(CueCategory newCategory, SourceType type) {
    return new CueHit(sentenceIndex, cue, newCategory, type, negated, begin, end);
  }
}
