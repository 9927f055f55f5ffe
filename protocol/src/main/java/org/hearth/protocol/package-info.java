/**
 * What Hearth's server and its clients say to each other, shared by both so that neither keeps a
 * copy: {@code delivery} holds the wire records of the delivery API (docs/delivery-api.md), {@code
 * content} the application-content format inside MLS ciphertext (docs/content-format.md).
 *
 * <p>Plain Java with no dependencies: the server serialises these records with JSON-B, the Java
 * client reads them with JSON-P, the browser client follows the same documents.
 */
package org.hearth.protocol;
