package io.credence.text;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trie over normalised tokens that finds the longest lexicon entry starting at a token, in time bounded by the entry length. */
final class CueTrie implements Serializable {

  private static final class Node implements Serializable {
    final Map<String, Node> children = new HashMap<>(4);
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
  }

  /** The longest entry whose tokens equal {@code tokens[start..]}, with its length in tokens, or {@code null}. */
  Match longestAt(String[] tokens, int start) {
    Node node = root;
    Match best = null;
    for (int i = start; i < tokens.length; i++) {
      node = node.children.get(tokens[i]);
      if (node == null) {
        break;
      }
      if (node.cue != null) {
        best = new Match(node.cue, i - start + 1);
      }
    }
    return best;
  }

  record Match(Cue cue, int length) {}
}
