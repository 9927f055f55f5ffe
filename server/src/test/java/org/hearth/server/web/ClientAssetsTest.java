package org.hearth.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The browser client's files as the webclient jar ships them and the server hands them out. */
class ClientAssetsTest {
  private final ClientAssets assets = new ClientAssets();

  @Test
  void everyPageEntryHasAHashedScriptThatIsServed() {
    for (String entry : new String[] {"admin", "chat", "device", "preferences"}) {
      String path = assets.script(entry);
      assertTrue(path.matches("/assets/client/" + entry + "-[A-Z0-9]{8}\\.js"), path);
      String file = path.substring("/assets/client/".length());
      assertTrue(assets.read(file).orElseThrow().length > 0, file);
    }
    assertThrows(IllegalArgumentException.class, () -> assets.script("no-such-page"));
  }

  @Test
  void onlyFilesTheManifestListsCanBeRead() {
    assertEquals(java.util.Optional.empty(), assets.read("manifest.json"));
    assertEquals(java.util.Optional.empty(), assets.read("../themes/calm/theme.css"));
    assertEquals(java.util.Optional.empty(), assets.read("chat.js"));
  }

  @Test
  void theBundleImportsOnlyItsOwnFiles() {
    String chat =
        new String(
            assets.read(assets.script("chat").substring("/assets/client/".length())).orElseThrow(),
            StandardCharsets.UTF_8);
    assertTrue(chat.contains("from\"./shared-"), "the page's code imports its shared chunks");
    assertTrue(
        !chat.matches("(?s).*(}\\s*from|import\\()\\s*\"(?!\\./).*"),
        "a bare module name the browser would try to fetch");
  }
}
