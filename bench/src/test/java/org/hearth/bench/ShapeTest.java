package org.hearth.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeTest {
  @Test
  void parsesAList() {
    assertEquals(
        List.of(new Shape(1, 8), new Shape(10, 8), new Shape(25, 8)),
        Shape.parseList("1x8, 10X8,25x8"));
  }

  @Test
  void refusesWhatIsNotAShape() {
    assertThrows(IllegalArgumentException.class, () -> Shape.parseList("10"));
    assertThrows(IllegalArgumentException.class, () -> Shape.parseList("ax8"));
    assertThrows(IllegalArgumentException.class, () -> Shape.parseList("1x1"));
  }
}
