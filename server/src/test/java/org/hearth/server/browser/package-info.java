/**
 * Tests in a real browser: Debian's Chromium driven through its own chromedriver (never a browser
 * or driver a tool downloads), against complete Hearth servers. Browser members and Java members
 * share groups; every test also checks that the page broke no Content-Security-Policy rule and
 * contacted no origin but the instance's.
 *
 * <p>No production code lives here, and no test talks to anything but loopback.
 */
package org.hearth.server.browser;
