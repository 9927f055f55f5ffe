package org.hearth.server.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.eclipse.krazo.forms.FormMethodOverwriteFilter;

/**
 * Makes Krazo's form-method filter one instance for the application instead of one per request.
 * Krazo declares it request-scoped, and its constructor looks up a service with {@link
 * java.util.ServiceLoader}, which reads the application's jars: on every request, JSON API
 * included, that cost about a twentieth of the server's CPU and serialised requests on the jar
 * files' locks. The filter keeps no per-request state (its two fields are an application-wide
 * service and Krazo's configuration), so sharing it is safe.
 */
public class KrazoFilterScope implements Extension {
  void shareFormMethodFilter(@Observes ProcessAnnotatedType<FormMethodOverwriteFilter> type) {
    type.configureAnnotatedType()
        .remove(annotation -> annotation.annotationType() == RequestScoped.class)
        .add(ApplicationScoped.Literal.INSTANCE);
  }
}
