/**
 * The admin console's pages: server-rendered forms over the admin services, reached with a session
 * cookie that the browser's admin key earned by signing a challenge. Holds no business rules (those
 * stay in {@code admin}, {@code groups}, {@code resourcelist} and {@code federation}) and no JSON
 * endpoints.
 */
package org.hearth.server.web.admin;
