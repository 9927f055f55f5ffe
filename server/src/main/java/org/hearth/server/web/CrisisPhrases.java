package org.hearth.server.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The crisis phrases the browser client looks for in what a member is about to send, to offer the
 * help panel first (see {@code docs/crisis-phrases.md}). They reach the chat page inside the page
 * itself, so the check happens entirely in the browser: nothing about it is ever sent back. The
 * built-in list can be replaced by a file named in {@code hearth.crisis.phrases}. Thread-safe
 * (immutable after start-up).
 */
@Named("crisisPhrases")
@ApplicationScoped
public class CrisisPhrases {
  private static final Logger LOG = Logger.getLogger(CrisisPhrases.class.getName());
  static final String BUILT_IN = "crisis/phrases.txt";
  static final int MAX_PHRASES = 1000;
  static final int MAX_LENGTH = 100;
  private static final Pattern SECTION = Pattern.compile("\\[([a-z]{2,3})]");
  private static final Pattern PHRASE = Pattern.compile("\\*?[\\p{L}\\p{N}' -]{2,100}\\*?");

  /** One phrase and the language it belongs to. */
  public record Phrase(String language, String text) {
    public String getLanguage() {
      return language;
    }

    public String getText() {
      return text;
    }
  }

  @Inject
  @ConfigProperty(name = "hearth.crisis.phrases", defaultValue = " ")
  String file;

  private List<Phrase> phrases;

  /** Every phrase of every language: a member may write in any of them. */
  public synchronized List<Phrase> getAll() {
    if (phrases == null) {
      phrases = load(file);
    }
    return phrases;
  }

  static List<Phrase> load(String configured) {
    if (configured != null && !configured.isBlank()) {
      try {
        return parse(Files.readString(Path.of(configured.strip()), StandardCharsets.UTF_8));
      } catch (IOException | IllegalArgumentException e) {
        LOG.warning(
            "the crisis phrases file named in hearth.crisis.phrases cannot be used ("
                + e.getClass().getSimpleName()
                + "); the built-in list stays in use");
      }
    }
    try (InputStream in = CrisisPhrases.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the phrase file: {@code [en]} starts a language's section, each further line is a phrase,
   * {@code #} starts a comment. A {@code *} at either end lets the phrase be part of a longer word
   * there (Swahili verbs take their prefixes: {@code *jiua} finds "nitajiua").
   *
   * @throws IllegalArgumentException when a line is not a phrase or the file is too long
   */
  static List<Phrase> parse(String text) {
    List<Phrase> found = new ArrayList<>();
    String language = null;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      var section = SECTION.matcher(line);
      if (section.matches()) {
        language = section.group(1);
      } else if (language == null || !PHRASE.matcher(line).matches()) {
        throw new IllegalArgumentException("line " + (found.size() + 1) + " is not a phrase");
      } else {
        found.add(new Phrase(language, line.toLowerCase(Locale.ROOT)));
      }
      if (found.size() > MAX_PHRASES) {
        throw new IllegalArgumentException("more than " + MAX_PHRASES + " phrases");
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no phrases");
    }
    return List.copyOf(found);
  }
}
