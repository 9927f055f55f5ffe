package org.hearth.bench.xmpp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProsodyServerTest {
  @Test
  void theConfigurationListensOnLoopbackOnlyWithAnonymousLoginAndAChatComponent() {
    String config = ProsodyServer.config(Path.of("/tmp/run/prosody"), 55461);
    assertTrue(config.contains("c2s_ports = { 55461 }"));
    assertTrue(config.contains("c2s_interfaces = { \"127.0.0.1\" }"));
    assertTrue(config.contains("s2s_ports = { }"));
    assertTrue(config.contains("http_ports = { }"));
    assertTrue(config.contains("authentication = \"anonymous\""));
    assertTrue(config.contains("Component \"conference.localhost\" \"muc\""));
    assertTrue(config.contains("muc_room_locking = false"));
    assertTrue(config.contains("data_path = \"/tmp/run/prosody/data\""));
  }
}
