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
 * tokenised once by Spark NLP; repeats reuse the result, shifted to their offset. Not thread-safe: Spark gives every
 * task its own deserialised copy.
 */
final class CandidateTokenizer implements Serializable {

  /** Distinct candidates remembered before the memo is cleared (bounds memory on unbounded vocabularies). */
  static final int MEMO_LIMIT = 200_000;

  /** Spark NLP's break character: the model splits candidates on it as on white space. */
  private static final char BREAK_CHAR = '\u2187';

  private static final Token[] NONE = new Token[0];

  private final TokenizerModel model;
  private final boolean memoise;
  private transient Map<String, Token[]> memo;

  /** With {@code memoise} false every sentence goes to Spark NLP's Tokenizer whole (no shortcut). */
  CandidateTokenizer(TokenizerModel model, boolean memoise) {
    if (memoise && model.get(model.exceptions()).isDefined()) {
      throw new IllegalArgumentException("Memoised tokenisation needs a Tokenizer without exceptions");
    }
    this.model = model;
    this.memoise = memoise;
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

  private static boolean isBreak(char c) {
    return PragmaticShortcuts.isSpace(c) || c == BREAK_CHAR;
  }
}
