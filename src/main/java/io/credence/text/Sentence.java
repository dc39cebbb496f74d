package io.credence.text;

import java.util.List;

/** One sentence of an article: its text, character span ({@code end} exclusive) and tokens. */
public record Sentence(int index, String text, int begin, int end, List<Token> tokens)
    implements java.io.Serializable {}
