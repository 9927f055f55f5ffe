package org.hearth.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hearth.server.privacy.StoredColumn;
import org.hearth.server.privacy.StoredData;
import org.hearth.server.privacy.StoredTable;
import org.hearth.server.testing.HearthServer;
import org.hearth.server.testing.HearthServers;
import org.hearth.server.testing.Http;
import org.hearth.server.testing.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy page lists every entry of the stored-data registry with its purpose and retention, in
 * English and Swahili, and every page links to it.
 */
@ExtendWith(HearthServers.class)
class PrivacyPageIT {

  @Test
  void everyRegistryEntryIsListedWithItsPurposeAndRetention(@Instance HearthServer hearth) {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sw"))) {
      HttpResponse<String> page =
          Http.send(
              HttpRequest.newBuilder(hearth.uri("/privacy"))
                  .header("Accept-Language", locale.getLanguage())
                  .build());
      assertEquals(200, page.statusCode());
      String html = page.body();
      assertFalse(html.contains("??"), "a text is missing from the bundles");
      PagesIT.assertSecurityHeaders(page);
      ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", locale);
      List<String> missing = new ArrayList<>();
      for (String key : StoredData.neverStored()) {
        expect(html, "never stored " + key, text(texts, "privacy.never." + key), missing);
      }
      for (StoredTable table : StoredData.tables()) {
        expect(html, table.name(), "id=\"table-" + table.name() + "\"", missing);
        expect(html, table.name() + " purpose", text(texts, table.purposeKey()), missing);
        String retention = table.retention().wordingKey();
        expect(
            html,
            table.name() + " retention",
            text(texts, retention).contains("{0}")
                ? escape(
                    new MessageFormat(texts.getString(retention), locale)
                        .format(new Object[] {keepDays(table)}))
                : text(texts, retention),
            missing);
        table.retention().variable().ifPresent(v -> expect(html, table.name(), v, missing));
        for (StoredColumn column : table.columns()) {
          String id = table.name() + "." + column.name();
          int row = html.indexOf("data-column=\"" + id + "\"");
          if (row < 0) {
            missing.add(id);
            continue;
          }
          String cells = html.substring(row, html.indexOf("</tr>", row));
          expect(cells, id + " purpose", text(texts, column.purposeKey()), missing);
          expect(cells, id + " time", text(texts, column.time().messageKey()), missing);
        }
      }
      assertEquals(List.of(), missing, locale + ": missing from the page");
    }
  }

  @Test
  void everyPageLinksToThePrivacyPage(@Instance HearthServer hearth) {
    for (String path : List.of("/", "/help", "/groups", "/device", "/privacy", "/nope")) {
      String html = Http.get(hearth.uri(path)).body();
      assertTrue(html.contains("href=\"/privacy\""), "privacy link on " + path);
    }
  }

  private static long keepDays(StoredTable table) {
    return table.retention().keep() == null ? 0 : table.retention().keep().toDays();
  }

  private static void expect(String html, String what, String text, List<String> missing) {
    if (!html.contains(text)) {
      missing.add(what + ": " + text);
    }
  }

  private static String text(ResourceBundle texts, String key) {
    return escape(texts.getString(key));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
