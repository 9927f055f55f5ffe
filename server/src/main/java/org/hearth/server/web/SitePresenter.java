package org.hearth.server.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.server.platform.HearthSettings;

/** What every page shows about the instance, available to templates as {@code site}. */
@Named("site")
@RequestScoped
public class SitePresenter {
  @Inject HearthSettings settings;

  public String getName() {
    return settings.instanceName();
  }

  public String getDescription() {
    return settings.instanceDescription();
  }

  public String getTheme() {
    return settings.theme();
  }
}
