package org.hearth.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No template or error page under {@code WEB-INF} holds text a reader would see that does not come
 * from the bundles: every visible word and every attribute read aloud or shown (alt, title,
 * aria-label, placeholder…) is a {@code #{…}} message or data. Text inside an element whose body
 * Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert}) is
 * a prototype that never renders and is ignored. Templates added later are checked too.
 */
class TemplatesTest {
  /** Attributes whose value people read or hear. */
  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of(
          "alt",
          "title",
          "aria-label",
          "aria-description",
          "aria-roledescription",
          "aria-valuetext",
          "placeholder",
          "label",
          "content",
          "value");

  private static final Set<String> REPLACING =
      Set.of("th:text", "th:utext", "th:replace", "th:insert");

  private static final Pattern WORDS = Pattern.compile(".*[\\p{L}\\p{N}].*", Pattern.DOTALL);

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : BundlesTest.templates()) {
      Document document =
          Jsoup.parse(Files.readString(template), "", Parser.htmlParser().setTrackErrors(0));
      String name = BundlesTest.TEMPLATES.relativize(template).toString();
      Element html = document.selectFirst("html");
      if (Files.readString(template).contains("<html")
          && !html.hasAttr("th:replace")
          && !html.hasAttr("th:lang")) {
        found.add(name + ": <html> without th:lang");
      }
      check(document, name, found);
    }
    assertEquals(List.of(), found, "literal text in templates");
  }

  @Test
  void theCheckFindsLiteralTextAndAttributes() {
    Document document =
        Jsoup.parse(
            "<html><body><p>Hello</p><p th:text=\"#{a}\">proto</p>"
                + "<img alt=\"A cat\"><img alt=\"\"><input placeholder=\"Name\">"
                + "<input type=\"submit\" value=\"Go\"><span> · </span>"
                + "<a title=\"x\" th:title=\"#{b}\">ok</a></body></html>");
    List<String> found = new ArrayList<>();
    check(document, "sample", found);
    assertEquals(
        List.of(
            "sample: text \"Hello\"",
            "sample: <img alt=\"A cat\">",
            "sample: <input placeholder=\"Name\">",
            "sample: <input value=\"Go\">",
            "sample: text \"ok\""),
        found);
  }

  private static void check(Element element, String name, List<String> found) {
    for (Attribute attribute : element.attributes()) {
      String key = attribute.getKey().toLowerCase();
      if (TEXT_ATTRIBUTES.contains(key)
          && WORDS.matcher(attribute.getValue()).matches()
          && !overridden(element, key)
          && !isData(element, key)) {
        found.add(
            name + ": <" + element.tagName() + " " + key + "=\"" + attribute.getValue() + "\">");
      }
    }
    if (element.attributes().asList().stream()
            .anyMatch(a -> REPLACING.contains(a.getKey().toLowerCase()))
        && !element.tagName().equals("html")) {
      return;
    }
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && WORDS.matcher(text.text()).matches()) {
        found.add(name + ": text \"" + text.text().strip() + "\"");
      } else if (child instanceof Element nested) {
        check(nested, name, found);
      }
    }
  }

  /** A literal attribute Thymeleaf replaces at render time is a prototype. */
  private static boolean overridden(Element element, String key) {
    return element.hasAttr("th:" + key)
        || element.attr("th:attr").matches("(?s).*\\b" + Pattern.quote(key) + "\\s*=.*");
  }

  /** Values that are data, not words: option and checkbox values, meta tags that are not text. */
  private static boolean isData(Element element, String key) {
    if (key.equals("value")) {
      String type = element.attr("type").toLowerCase();
      return !(element.tagName().equals("input")
          && (type.equals("submit") || type.equals("button") || type.equals("reset")));
    }
    if (key.equals("content")) {
      return !element.tagName().equals("meta")
          || !Set.of("description", "keywords").contains(element.attr("name").toLowerCase());
    }
    return false;
  }
}
