package org.hearth.federation.protocol;

import org.hearth.crypto.jose.DocumentType;
import org.hearth.federation.FeedKind;

/**
 * The JWS {@code typ} of every signed federation document, so a signature over one kind can never
 * pass as another (RFC 8725 section 3.11).
 */
public final class DocumentTypes {
  public static final DocumentType INSTANCE = new DocumentType("hearth-instance+jws");
  public static final DocumentType KEY_ROTATION = new DocumentType("hearth-key-rotation+jws");
  public static final DocumentType PEERING_REQUEST = new DocumentType("hearth-peering-request+jws");
  public static final DocumentType PEERING_NOTICE = new DocumentType("hearth-peering-notice+jws");
  public static final DocumentType REQUEST = new DocumentType("hearth-request+jws");
  public static final DocumentType FEED = new DocumentType("hearth-feed+jws");
  public static final DocumentType CHANGE_NOTICE = new DocumentType("hearth-change-notice+jws");
  public static final DocumentType GROUP_ENTRY = new DocumentType("hearth-group+jws");
  public static final DocumentType RESOURCE_ENTRY = new DocumentType("hearth-resource+jws");

  private DocumentTypes() {}

  /** The type of one entry of a {@code kind} feed. */
  public static DocumentType entryType(FeedKind<?> kind) {
    return kind == FeedKind.DIRECTORY ? GROUP_ENTRY : RESOURCE_ENTRY;
  }
}
