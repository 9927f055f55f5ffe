/**
 * Test infrastructure of the client: a stand-in Hearth ({@link
 * org.hearth.client.testing.FakeHearth}) that serves sign-in and the delivery API with the crypto
 * module's public group view, for tests that drive real MLS members through real HTTP.
 */
package org.hearth.client.testing;
