package io.credence.text;

/** One matched cue: where it is (sentence and character span, {@code end} exclusive) and what it is. */
public record CueHit(int sentenceIndex, String cue, CueCategory category, int begin, int end)
    implements java.io.Serializable {}
