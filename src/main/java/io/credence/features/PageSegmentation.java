package io.credence.features;

import io.credence.nlp.ArticleSegmenter;
import io.credence.text.PageStructure;
import io.credence.text.Sentence;
import io.credence.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments an article block by block ({@link PageStructure#blocks()}): each structural line (section label, headline,
 * byline, dateline, caption) and each stretch of text between them goes to the segmenter on its own, so no sentence
 * crosses a structural line, and the segmentation of each block is {@link ArticleSegmenter#segment}'s on that block
 * (Spark NLP's, with the segmenter's one deliberate difference: pieces split after a title such as "Gen." are joined
 * back). Offsets are shifted back into the article text and sentences numbered in order.
 */
final class PageSegmentation {

  private PageSegmentation() {}

  static List<Sentence> segment(ArticleSegmenter segmenter, String body, PageStructure page) {
    List<int[]> blocks = page.blocks();
    if (blocks.size() == 1) {
      return segmenter.segment(body);
    }
    List<Sentence> out = new ArrayList<>();
    for (int[] block : blocks) {
      String piece = body.substring(block[0], block[1]);
      if (piece.isBlank()) {
        continue;
      }
      int shift = block[0];
      for (Sentence s : segmenter.segment(piece)) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          tokens.add(new Token(t.text(), t.begin() + shift, t.end() + shift));
        }
        out.add(new Sentence(out.size(), s.text(), s.begin() + shift, s.end() + shift, tokens));
      }
    }
    return out;
  }
}
