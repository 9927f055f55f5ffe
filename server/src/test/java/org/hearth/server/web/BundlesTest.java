package org.hearth.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page text exists in English and in Swahili, the Swahili is a translation (not the English
 * copied), both have the same placeholders, and every message key a template names exists. New keys
 * and new templates are covered without changing this test.
 */
class BundlesTest {
  static final Path BUNDLES = Path.of("src/main/resources/i18n");
  static final Path TEMPLATES = Path.of("src/main/webapp/WEB-INF");

  /**
   * Keys whose Swahili text may equal the English one. Only names, numbers, codes and URLs belong
   * here, each with its reason. Texts made only of placeholders, digits and punctuation are allowed
   * without being listed.
   */
  static final Set<String> SAME_IN_BOTH = Set.of();

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern NO_WORDS = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");

  /** {@code #{key}} or {@code #{key(...)}} with a literal key in a template. */
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");

  /** A quoted literal key in a template's text list ({@code 'chat.removed'}). */
  private static final Pattern LISTED_KEY = Pattern.compile("'([a-z]+\\.[A-Za-z][\\w.-]*)'");

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Properties english = load("messages.properties");
    Properties swahili = load("messages_sw.properties");
    assertEquals(new TreeSet<>(), difference(english, swahili), "missing in messages_sw");
    assertEquals(new TreeSet<>(), difference(swahili, english), "missing in messages");
  }

  @Test
  void swahiliIsTranslatedNotCopied() throws IOException {
    Properties english = load("messages.properties");
    Properties swahili = load("messages_sw.properties");
    List<String> copied = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key).strip();
      String sw = swahili.getProperty(key, "").strip();
      if (en.equalsIgnoreCase(sw)
          && !SAME_IN_BOTH.contains(key)
          && !NO_WORDS.matcher(en).matches()) {
        copied.add(key + "=" + sw);
      }
      assertTrue(!sw.isEmpty() || en.isEmpty(), key + " is empty in Swahili");
    }
    assertEquals(List.of(), copied.stream().sorted().toList(), "Swahili equal to English");
  }

  @Test
  void placeholdersMatchAndEveryTextIsAValidPattern() throws IOException {
    Properties english = load("messages.properties");
    Properties swahili = load("messages_sw.properties");
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String sw = swahili.getProperty(key, "");
      assertEquals(placeholders(en), placeholders(sw), "placeholders of " + key);
      for (String text : List.of(en, sw)) {
        if (!placeholders(text).isEmpty()) {
          // A lone apostrophe would silently swallow a placeholder in MessageFormat.
          String formatted =
              new MessageFormat(text)
                  .format(new Object[] {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"});
          assertTrue(!formatted.contains("{"), key + " does not format: " + text);
        }
      }
    }
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    Properties english = load("messages.properties");
    Set<String> missing = new TreeSet<>();
    for (Path template : templates()) {
      String html = Files.readString(template);
      for (Pattern pattern : List.of(TEMPLATE_KEY, LISTED_KEY)) {
        Matcher m = pattern.matcher(html);
        while (m.find()) {
          if (!english.containsKey(m.group(1)) && !isPrefix(english, m.group(1))) {
            missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(new TreeSet<>(), missing, "keys named in templates but not in the bundle");
  }

  /** All templates and error pages under WEB-INF, including those added later. */
  static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      assertTrue(found.size() >= 8, "templates found under " + TEMPLATES.toAbsolutePath());
      return found;
    }
  }

  static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  /** A key prefix a template completes at run time ({@code 'groups.policy.' + policy}). */
  private static boolean isPrefix(Properties bundle, String key) {
    return key.endsWith(".")
        && bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key));
  }

  private static Set<String> difference(Properties a, Properties b) {
    Set<String> keys = new TreeSet<>(a.stringPropertyNames());
    keys.removeAll(b.stringPropertyNames());
    return keys;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
