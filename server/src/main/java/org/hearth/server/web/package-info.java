/**
 * Server-rendered pages (Krazo controllers with Thymeleaf views), theme assets and the texts of
 * every page in each language.
 *
 * <p>Controllers are thin: they read a form or query, call one feature service and pick a view. No
 * storage, no feature rules, no literal text in templates (texts come from the bundles).
 */
package org.hearth.server.web;
