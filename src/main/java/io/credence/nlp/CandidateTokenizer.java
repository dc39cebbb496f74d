package io.credence.nlp;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.common.IndexedToken;
import com.johnsnowlabs.nlp.annotators.common.Sentence;
import com.johnsnowlabs.nlp.annotators.common.TokenizedSentence;
import io.credence.text.Token;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Spark NLP's {@link TokenizerModel} with its work memoised per token candidate. With no exceptions set, the model
 * splits a sentence into candidates at white space (and its internal break character) and tokenises each candidate
 * on its own, so a candidate's tokens, relative to the candidate, depend only on its text. Each distinct candidate is
 * tokenised once by Spark NLP; repeats reuse the result, shifted to their offset. A plain candidate (ASCII letters and
 * digits, with at most one context character before and after: most words of news text) is split without Spark NLP
 * or the memo, where the model's settings are the ones this was proven on ({@link #plainWordsProven}): on text where
 * few words repeat, looking up every candidate in a memo of up to 200,000 entries was the tokeniser's main cost. Not
 * thread-safe: Spark gives every task its own deserialised copy.
 */
final class CandidateTokenizer implements Serializable {

  /** Distinct candidates remembered before the memo is cleared (bounds memory on unbounded vocabularies). */
  static final int MEMO_LIMIT = 200_000;

  /** Spark NLP's break character: the model splits candidates on it as on white space. */
  private static final char BREAK_CHAR = '\u2187';

  private static final Token[] NONE = new Token[0];

  /** The Tokenizer's default {@code contextChars}; {@link #plainWordsProven} checks the model splits each off. */
  private static final String CONTEXT_CHARS = ".,;:!?*-()\"'";

  private final TokenizerModel model;
  private final boolean memoise;
  /** Whether plain candidates ({@link #addPlain}) are split here, without Spark NLP or the memo. */
  private final boolean plainWords;
  private transient Map<String, Token[]> memo;

  /** With {@code memoise} false every sentence goes to Spark NLP's Tokenizer whole (no shortcut). */
  CandidateTokenizer(TokenizerModel model, boolean memoise) {
    if (memoise && model.get(model.exceptions()).isDefined()) {
      throw new IllegalArgumentException("Memoised tokenisation needs a Tokenizer without exceptions");
    }
    this.model = model;
    this.memoise = memoise;
    this.plainWords = memoise && plainWordsProven(model);
  }

  /**
   * Whether the model has the settings {@link #addPlain} was proven on: no split pattern or split characters, no
   * length limits, and each default context character split off both ends of a probe word. The default rules then
   * match a candidate as its leading context characters, its body and its trailing context characters, and the body
   * of a plain candidate has none. {@code CandidateTokenizerTest} compares this with Spark NLP's Tokenizer on 200,000
   * random strings.
   */
  private boolean plainWordsProven(TokenizerModel model) {
    boolean settings = model.get(model.splitPattern()).isEmpty()
        && model.get(model.splitChars()).isEmpty()
        && model.get(model.maxLength()).isEmpty()
        && (Integer) model.getOrDefault(model.minLength()) <= 1;
    if (!settings) {
      return false;
    }
    for (char c : CONTEXT_CHARS.toCharArray()) {
      String probe = c + "a1" + c;
      Token[] tokens = tokenizeWithSparkNlp(probe);
      boolean split = tokens.length == 3 && tokens[0].text().equals(String.valueOf(c))
          && tokens[1].text().equals("a1") && tokens[2].text().equals(String.valueOf(c));
      if (!split) {
        return false;
      }
    }
    return true;
  }

  /** The model whose work is memoised. */
  TokenizerModel model() {
    return model;
  }

  /** Appends the tokens of {@code text} to {@code out}, offsets shifted by {@code offset}, ends exclusive. */
  void tokenize(String text, int offset, List<Token> out) {
    if (!memoise) {
      for (Token t : tokenizeWithSparkNlp(text)) {
        out.add(new Token(t.text(), offset + t.begin(), offset + t.end()));
      }
      return;
    }
    if (memo == null) {
      memo = new HashMap<>();
    }
    int end = text.length();
    int i = 0;
    while (i < end) {
      while (i < end && isBreak(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < end && !isBreak(text.charAt(i))) {
        i++;
      }
      if (i > start && plainWords && addPlain(text, start, i, offset, out)) {
        continue;
      }
      if (i > start) {
        for (Token t : candidate(text.substring(start, i))) {
          out.add(new Token(t.text(), offset + start + t.begin(), offset + start + t.end()));
        }
      }
    }
  }

  private Token[] candidate(String candidate) {
    Token[] tokens = memo.get(candidate);
    if (tokens == null) {
      tokens = tokenizeWithSparkNlp(candidate);
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.put(candidate, tokens);
    }
    return tokens;
  }

  private Token[] tokenizeWithSparkNlp(String candidate) {
    Sentence sentence = new Sentence(candidate, 0, candidate.length() - 1, 0, scala.Option.empty());
    Seq<TokenizedSentence> tagged =
        model.tag(JavaConverters.asScalaBuffer(List.of(sentence)).toSeq());
    if (tagged.isEmpty()) {
      return NONE;
    }
    IndexedToken[] indexed = tagged.head().indexedTokens();
    Token[] tokens = new Token[indexed.length];
    for (int k = 0; k < indexed.length; k++) {
      tokens[k] = new Token(indexed[k].token(), indexed[k].begin(), indexed[k].end() + 1);
    }
    return tokens;
  }

  /**
   * Adds the tokens of the plain candidate {@code text[start, end)} and returns true, or returns false if it is not
   * plain: ASCII letters and digits, with at most one context character before and one after ("Tehran", "said,",
   * "(AP"). Its tokens are then the leading mark, the body and the trailing mark, as Spark NLP's default rule (leading
   * context characters, body, trailing context characters) splits it.
   */
  private static boolean addPlain(String text, int start, int end, int offset, List<Token> out) {
    int b = isContext(text.charAt(start)) ? start + 1 : start;
    int e = end - 1 > b && isContext(text.charAt(end - 1)) ? end - 1 : end;
    if (b >= e) {
      return false;
    }
    for (int k = b; k < e; k++) {
      if (!isPlain(text.charAt(k))) {
        return false;
      }
    }
    if (b > start) {
      out.add(new Token(text.substring(start, b), offset + start, offset + b));
    }
    out.add(new Token(text.substring(b, e), offset + b, offset + e));
    if (e < end) {
      out.add(new Token(text.substring(e, end), offset + e, offset + end));
    }
    return true;
  }

  /** Spark NLP's default context characters: split off the start and end of a candidate. */
  private static boolean isContext(char c) {
    return CONTEXT_CHARS.indexOf(c) >= 0;
  }

  /** An ASCII letter or digit: a candidate of these alone is one token, itself. */
  private static boolean isPlain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isBreak(char c) {
    return PragmaticShortcuts.isSpace(c) || c == BREAK_CHAR;
  }
}
