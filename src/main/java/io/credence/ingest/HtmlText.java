package io.credence.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts article text from an HTML page with jsoup: drops scripts, styles, navigation, headers, footers, asides and
 * forms; reads the {@code <article>} element when the page has one, else the body; keeps paragraph breaks as blank
 * lines. Nothing is fetched: links, images and frames are never followed.
 */
public final class HtmlText {

  /** Elements whose content is never article text. */
  static final String DROPPED =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, textarea";

  private static final Set<String> BLOCKS =
      Set.of("p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
          "h6", "table", "tr", "pre", "figure", "figcaption", "dd", "dt", "hr");

  private HtmlText() {}

  /** The article text of {@code html}, or {@code null} when {@code html} is null. */
  public static String extract(String html) {
    if (html == null) {
      return null;
    }
    Document doc = Jsoup.parse(html);
    doc.select(DROPPED).remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.body();
    }
    StringBuilder out = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              appendCollapsed(out, t.getWholeText());
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br")) {
                trimTrailingSpace(out);
                out.append('\n');
              } else if (BLOCKS.contains(e.normalName())) {
                paragraphBreak(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              paragraphBreak(out);
            }
          }
        },
        root);
    return out.toString().strip();
  }

  private static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void paragraphBreak(StringBuilder out) {
    trimTrailingSpace(out);
    if (out.length() == 0 || endsWith(out, "\n\n")) {
      return;
    }
    out.append(endsWith(out, "\n") ? "\n" : "\n\n");
  }

  private static void trimTrailingSpace(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
  }

  private static boolean endsWith(StringBuilder out, String suffix) {
    int n = out.length();
    return n >= suffix.length() && out.substring(n - suffix.length()).equals(suffix);
  }
}
