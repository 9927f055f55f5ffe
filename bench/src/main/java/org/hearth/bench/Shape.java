package org.hearth.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A workload shape: G groups of M members.
 *
 * <p>Immutable and thread-safe.
 */
public record Shape(int groups, int members) {
  public Shape {
    if (groups < 1 || members < 2) {
      throw new IllegalArgumentException("a shape needs at least 1 group of 2 members");
    }
  }

  /** Parses "1x8,10x8,25x8". */
  public static List<Shape> parseList(String text) {
    List<Shape> shapes = new ArrayList<>();
    for (String part : text.split(",")) {
      String[] gm = part.trim().toLowerCase(java.util.Locale.ROOT).split("x");
      if (gm.length != 2) {
        throw new IllegalArgumentException("a shape looks like 10x8, not " + part.trim());
      }
      try {
        shapes.add(new Shape(Integer.parseInt(gm[0].trim()), Integer.parseInt(gm[1].trim())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("a shape looks like 10x8, not " + part.trim(), e);
      }
    }
    return shapes;
  }

  @Override
  public String toString() {
    return groups + "x" + members;
  }
}
