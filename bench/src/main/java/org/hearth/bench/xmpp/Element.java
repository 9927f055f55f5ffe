package org.hearth.bench.xmpp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One XML element received from the server: its local name, attributes (by local name), children
 * and text.
 *
 * <p>Immutable and thread-safe.
 */
public record Element(
    String name, Map<String, String> attributes, List<Element> children, String text) {

  public Element {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  public String attribute(String local) {
    return attributes.get(local);
  }

  /** The first child called {@code local}. */
  public Optional<Element> child(String local) {
    return children.stream().filter(c -> c.name.equals(local)).findFirst();
  }

  /** Whether any descendant is called {@code local} with attribute {@code key} = {@code value}. */
  public boolean hasDescendant(String local, String key, String value) {
    for (Element c : children) {
      if ((c.name.equals(local) && value.equals(c.attribute(key)))
          || c.hasDescendant(local, key, value)) {
        return true;
      }
    }
    return false;
  }
}
