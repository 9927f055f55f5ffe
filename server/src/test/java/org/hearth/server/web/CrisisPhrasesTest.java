package org.hearth.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.server.web.CrisisPhrases.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crisis phrase file: sections per language, bounded lines, a bad file never used. */
class CrisisPhrasesTest {

  @Test
  void theBuiltInListHasEnglishAndSwahili() {
    List<Phrase> phrases = CrisisPhrases.load(" ");
    assertTrue(phrases.contains(new Phrase("en", "kill myself")));
    assertTrue(phrases.contains(new Phrase("sw", "*jiua")));
  }

  @Test
  void aConfiguredFileReplacesTheList(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("phrases.txt");
    Files.writeString(file, "# ours\n[en]\nBlue Umbrella\n\n[sw]\nmwavuli wa bluu\n");
    assertEquals(
        List.of(new Phrase("en", "blue umbrella"), new Phrase("sw", "mwavuli wa bluu")),
        CrisisPhrases.load(file.toString()));
  }

  @Test
  void anUnusableFileLeavesTheBuiltInListInPlace(@TempDir Path dir) throws Exception {
    Path noSection = dir.resolve("a.txt");
    Files.writeString(noSection, "kill myself\n");
    Path markup = dir.resolve("b.txt");
    Files.writeString(markup, "[en]\n<script>\n");
    for (String configured :
        List.of(noSection.toString(), markup.toString(), dir.resolve("missing").toString())) {
      assertTrue(CrisisPhrases.load(configured).contains(new Phrase("en", "kill myself")));
    }
    assertThrows(
        IllegalArgumentException.class, () -> CrisisPhrases.parse("[en]\n" + "x".repeat(101)));
    assertThrows(IllegalArgumentException.class, () -> CrisisPhrases.parse("# nothing\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> CrisisPhrases.parse("[en]\n" + "word\n".repeat(CrisisPhrases.MAX_PHRASES + 1)));
  }
}
