/**
 * The resource list: crisis lines, helplines, clinics and services that people can turn to, with
 * who verified each and until when. Feeds the Get help now page; federation will merge peers' lists
 * into it.
 *
 * <p>Must not store anything about who looked at which entry or from where.
 */
package org.hearth.server.resourcelist;
