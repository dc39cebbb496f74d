package io.credence.text;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over normalised tokens that finds the longest lexicon entry starting at a token, in time bounded by the entry
 * length. The token {@link Lexicon#NUMBER} in an entry matches any number ("300", "1,000", "$5", "hundreds").
 */
final class CueTrie implements Serializable {

  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
          "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
          "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions", "billions");

  private static final class Node implements Serializable {
    final Map<String, Node> children = new HashMap<>(4);
    /** The child for {@link Lexicon#NUMBER}, kept apart so that most tokens skip the number test. */
    Node number;
    Cue cue;
  }

  private final Node root = new Node();

  CueTrie(List<Cue> cues) {
    for (Cue cue : cues) {
      Node node = root;
      for (String token : cue.tokens()) {
        node = node.children.computeIfAbsent(token, k -> new Node());
      }
      node.cue = cue;
    }
    linkNumbers(root);
  }

  private static void linkNumbers(Node node) {
    node.number = node.children.get(Lexicon.NUMBER);
    for (Node child : node.children.values()) {
      linkNumbers(child);
    }
  }

  /** The longest entry whose tokens equal {@code tokens[start..]}, with its length in tokens, or {@code null}. */
  Match longestAt(String[] tokens, int start) {
    Node node = root;
    Match best = null;
    for (int i = start; i < tokens.length; i++) {
      Node next = node.children.get(tokens[i]);
      if (next == null && node.number != null && isNumber(tokens[i])) {
        next = node.number;
      }
      node = next;
      if (node == null) {
        break;
      }
      if (node.cue != null) {
        best = new Match(node.cue, i - start + 1);
      }
    }
    return best;
  }

  /** A numeral (optionally with a currency sign, thousands separators, decimals, '%' or '+') or a number word. */
  static boolean isNumber(String token) {
    if (NUMBER_WORDS.contains(token)) {
      return true;
    }
    int i = 0;
    int n = token.length();
    if (i < n && "$€£¥".indexOf(token.charAt(i)) >= 0) {
      i++;
    }
    if (i >= n || !Character.isDigit(token.charAt(i))) {
      return false;
    }
    while (i < n && (Character.isDigit(token.charAt(i)) || token.charAt(i) == ',' || token.charAt(i) == '.')) {
      i++;
    }
    if (i < n && (token.charAt(i) == '%' || token.charAt(i) == '+')) {
      i++;
    }
    return i == n;
  }

  record Match(Cue cue, int length) {}
}
