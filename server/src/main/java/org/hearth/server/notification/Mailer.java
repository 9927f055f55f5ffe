package org.hearth.server.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.hearth.server.platform.HearthSettings;

/**
 * Sends the one notice Hearth e-mails, through the instance's own mail server (Jakarta Mail, as
 * Liberty's {@code mail-2.1} feature provides it). The notice names only the instance: never the
 * group, a member or what waits. Counts what it sent and what failed, for operators.
 */
@ApplicationScoped
class Mailer {
  @Inject NotificationSettings settings;
  @Inject HearthSettings instance;

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  private Counter sent;
  private Counter failed;

  @PostConstruct
  void register() {
    sent = counter("hearth.notices.sent", "Facilitator notices handed to the mail server");
    failed = counter("hearth.notices.failed", "Facilitator notices the mail server did not take");
  }

  private Counter counter(String name, String description) {
    return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
  }

  /** Sends the notice to {@code address}; throws when the mail server does not take it. */
  void sendNotice(String address) throws MessagingException {
    ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
    String name = instance.instanceName();
    String link = instance.baseUrl() + "/";
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
    message.setSubject(format(texts, "notify.mail.subject", name), StandardCharsets.UTF_8.name());
    message.setText(format(texts, "notify.mail.body", name, link), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    Transport.send(message);
  }

  void countSent() {
    sent.inc();
  }

  void countFailed() {
    failed.inc();
  }

  private Session session() {
    return settings
        .credentials()
        .map(
            credentials ->
                Session.getInstance(
                    settings.mailProperties(),
                    new Authenticator() {
                      @Override
                      protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(credentials[0], credentials[1]);
                      }
                    }))
        .orElseGet(() -> Session.getInstance(settings.mailProperties()));
  }

  private static String format(ResourceBundle texts, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
  }
}
