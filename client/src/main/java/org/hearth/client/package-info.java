/**
 * The Java client of Hearth: typed values that the keyring, the API calls and the command line
 * share, such as an instance's base URL and a group id.
 *
 * <p>Plain Java: nothing here may import Jakarta EE server APIs or Bouncy Castle, and nothing here
 * does input or output.
 */
package org.hearth.client;
