package org.hearth.crypto.bc.mls;

import jakarta.json.JsonObject;

/** Checks one test case of one MLS vector file; throws (assertion or otherwise) if it fails. */
@FunctionalInterface
interface VectorKind {
  void check(JsonObject testCase) throws Exception;
}
