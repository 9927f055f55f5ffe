/**
 * Placeholder for Hearth's application-content format inside MLS ciphertext, replaced by the
 * content format's own package at merge. No network or MLS code here.
 */
package org.hearth.protocol.content;
