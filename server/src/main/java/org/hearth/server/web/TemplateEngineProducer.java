package org.hearth.server.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mvc.engine.ViewEngine;
import org.eclipse.krazo.engine.ViewEngineConfig;
import org.eclipse.krazo.ext.thymeleaf.JakartaServletWebApplicationWrapper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;

/**
 * The Thymeleaf engine Krazo renders with: views from {@code /WEB-INF/views/}, texts from Hearth's
 * bundles, cached templates.
 */
@ApplicationScoped
@Alternative
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class TemplateEngineProducer {
  private static final String VIEWS = "/WEB-INF/views/";

  @Inject JakartaServletWebApplicationWrapper application;

  private TemplateEngine engine;

  @Produces
  @ViewEngineConfig
  public synchronized TemplateEngine templateEngine() {
    if (engine == null) {
      TemplateEngine created = new TemplateEngine();
      // Krazo hands over views with the view folder already prefixed; fragments such as
      // "layout.html" are named relative to the view folder.
      created.addTemplateResolver(resolver("", 1));
      created.addTemplateResolver(resolver(VIEWS, 2));
      created.setMessageResolver(new BundleMessageResolver());
      engine = created;
    }
    return engine;
  }

  private WebApplicationTemplateResolver resolver(String prefix, int order) {
    WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application.get());
    resolver.setPrefix(prefix);
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}
