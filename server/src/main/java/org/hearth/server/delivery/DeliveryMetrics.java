package org.hearth.server.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Whole-instance counters of the delivery service for operators (MicroProfile Metrics, under {@code
 * /metrics?scope=application}). Never labelled by member, key or group.
 */
@ApplicationScoped
class DeliveryMetrics {
  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject LiveDelivery live;

  private Counter messages;
  private Counter commits;
  private Counter staleEpochs;
  private Counter deliveries;

  @jakarta.annotation.PostConstruct
  void register() {
    messages = counter("hearth.messages.accepted", "Application messages durably stored");
    commits = counter("hearth.commits.accepted", "Commits accepted (one per epoch)");
    staleEpochs =
        counter("hearth.stale.epoch.refusals", "Messages and commits refused for a stale epoch");
    deliveries = counter("hearth.live.deliveries", "Messages sent to members following live");
    registry.gauge(
        Metadata.builder()
            .withName("hearth.live.streams")
            .withDescription("Open live streams (Server-Sent Events)")
            .build(),
        live,
        LiveDelivery::count);
  }

  private Counter counter(String name, String description) {
    return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
  }

  void messageAccepted() {
    messages.inc();
  }

  void commitAccepted() {
    commits.inc();
  }

  void staleEpoch() {
    staleEpochs.inc();
  }

  void delivered() {
    deliveries.inc();
  }
}
