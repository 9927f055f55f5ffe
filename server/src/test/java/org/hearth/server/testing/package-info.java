/**
 * Test infrastructure: complete Hearth servers started from the built runtime ({@link
 * org.hearth.server.testing.HearthServers}), the shared Arquillian deployment and HTTP helpers.
 *
 * <p>Only test support; no assertions about Hearth's behaviour live here.
 */
package org.hearth.server.testing;
