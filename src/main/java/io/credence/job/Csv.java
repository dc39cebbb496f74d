package io.credence.job;

import java.util.ArrayList;
import java.util.List;

/** The one CSV reader of the jobs' small side files (outlet labels, dev data). */
final class Csv {

  private Csv() {}

  /**
   * The records of RFC 4180 CSV text, each as its fields: quoted fields may hold commas, doubled quotes and line
   * breaks; records end at LF, CR or CRLF. Fields are returned as written (no trimming); an empty line is a record
   * of one empty field.
   */
  static List<String[]> parse(String text) {
    List<String[]> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        rows.add(fields.toArray(new String[0]));
        fields.clear();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      rows.add(fields.toArray(new String[0]));
    }
    return rows;
  }
}
