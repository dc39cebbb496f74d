package io.credence.scoring;

import com.google.common.base.Preconditions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Outlet labels for {@code calibrate}: per outlet a graded quality in [0, 1] (an expert rating such as Lin et al.
 * 2023's pc1, or a share of true claims) or a binary {@code reliable}/{@code unreliable}, which is mapped onto the
 * quality scale by {@link BinaryScale}; optionally the outlet's political lean ({@code left}/{@code center}/{@code
 * right}, or -1/0/+1) for the within-lean figures and the fairness audit, and a {@code set} name that groups outlets
 * for the per-set figures (by default {@code graded} or {@code binary}).
 */
public final class OutletLabels {

  /** Labels that mean a reliable / unreliable outlet; anything else must be a quality in [0, 1]. */
  public static final String RELIABLE = "reliable";

  public static final String UNRELIABLE = "unreliable";

  /** Default set names of graded and binary labels. */
  public static final String GRADED = "graded";

  public static final String BINARY = "binary";

  /** One labelled outlet; {@code lean} is -1, 0, +1 or null when unknown. */
  public record Label(String outlet, double quality, boolean binary, boolean reliable, Integer lean, String set) {}

  /** Where binary labels sit on the quality scale: {@code unreliable} becomes {@code low}, {@code reliable} {@code high}. */
  public record BinaryScale(double low, double high) {
    public BinaryScale {
      Preconditions.checkArgument(
          low >= 0 && high <= 1 && low < high,
          "the binary labels' qualities must satisfy 0 <= unreliable < reliable <= 1; got %s and %s", low, high);
    }
  }

  private OutletLabels() {}

  /**
   * Parses rows (column name to value) of a labels file with columns {@code outlet, label} and optionally {@code lean,
   * set}. Fails naming the first bad value.
   */
  public static List<Label> parse(List<Map<String, String>> rows, BinaryScale scale) {
    Preconditions.checkArgument(!rows.isEmpty(), "The labels file has no rows");
    List<Label> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map<String, String> r : rows) {
      String outlet = trim(r.get("outlet"));
      String raw = trim(r.get("label"));
      String label = raw.toLowerCase(Locale.ROOT);
      Preconditions.checkArgument(!outlet.isEmpty(), "A label row has no outlet (label '%s')", raw);
      Preconditions.checkArgument(seen.add(outlet), "The labels file names outlet '%s' more than once", outlet);
      Integer lean = lean(trim(r.get("lean")), outlet);
      String set = trim(r.get("set"));
      if (label.equals(RELIABLE) || label.equals(UNRELIABLE)) {
        boolean reliable = label.equals(RELIABLE);
        out.add(new Label(outlet, reliable ? scale.high() : scale.low(), true, reliable, lean,
            set.isEmpty() ? BINARY : set));
        continue;
      }
      double quality;
      try {
        quality = Double.parseDouble(label);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Label '" + raw + "' of outlet '" + outlet + "' is neither reliable/unreliable nor a quality in [0, 1]");
      }
      Preconditions.checkArgument(
          quality >= 0 && quality <= 1, "Quality %s of outlet '%s' is outside [0, 1]", quality, outlet);
      out.add(new Label(outlet, quality, false, quality >= 0.5, lean, set.isEmpty() ? GRADED : set));
    }
    return out;
  }

  private static Integer lean(String lean, String outlet) {
    switch (lean.toLowerCase(Locale.ROOT)) {
      case "" -> {
        return null;
      }
      case "left", "-1" -> {
        return -1;
      }
      case "center", "centre", "0" -> {
        return 0;
      }
      case "right", "1", "+1" -> {
        return 1;
      }
      default -> throw new IllegalArgumentException(
          "Lean '" + lean + "' of outlet '" + outlet + "' is not left, center, right (or -1, 0, 1)");
    }
  }

  private static String trim(String s) {
    return s == null ? "" : s.trim();
  }
}
