package org.hearth.server.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Resolves {@code #{key}} in templates from the {@code i18n/messages} bundles, by the locale of the
 * request, falling back to English. A missing key renders as {@code ??key??} so tests catch it.
 */
final class BundleMessageResolver implements IMessageResolver {
  static final String BUNDLE = "i18n.messages";

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Override
  public String getName() {
    return "hearth-bundles";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return message(context.getLocale(), key, messageParameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return "??" + key + "??";
  }

  /** The text for {@code key} in {@code locale}, or null when no bundle has it. */
  static String message(Locale locale, String key, Object... parameters) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale == null || locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale,
            BundleMessageResolver.class.getClassLoader(),
            NO_DEFAULT_LOCALE);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
    if (parameters == null || parameters.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, bundle.getLocale()).format(parameters);
  }
}
