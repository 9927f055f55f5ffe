package org.hearth.bench.xmpp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XMPP stream with StAX: first the stream header, then one top-level element (stanza,
 * features, SASL result) at a time. DTDs and external entities are refused (RFC 6120 §11.1).
 *
 * <p>Not thread-safe: one reader thread per stream. After a stream restart make a new reader.
 */
public final class StanzaReader {
  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader xml;

  public StanzaReader(InputStream in) throws IOException {
    try {
      this.xml = FACTORY.createXMLStreamReader(in, "UTF-8");
    } catch (XMLStreamException e) {
      throw new IOException("cannot read the XMPP stream", e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** Reads up to the server's stream header and returns its attributes as an element. */
  public Element streamHeader() throws IOException {
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          if (!"stream".equals(xml.getLocalName())) {
            throw new IOException("expected a stream header, got <" + xml.getLocalName() + ">");
          }
          return new Element("stream", attributes(), List.of(), "");
        }
      }
      throw new IOException("the stream ended before its header");
    } catch (XMLStreamException e) {
      throw new IOException("bad XMPP stream header", e);
    }
  }

  /** The next top-level element; an IOException once the stream has ended. */
  public Element next() throws IOException {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return element();
        }
        if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
          throw new IOException("the server closed the stream");
        }
      }
      throw new IOException("the stream ended");
    } catch (XMLStreamException e) {
      throw new IOException("bad XMPP stanza", e);
    }
  }

  /** The element whose start tag was just read, up to its end tag. */
  private Element element() throws XMLStreamException {
    String name = xml.getLocalName();
    Map<String, String> attributes = attributes();
    List<Element> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> children.add(element());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          return new Element(name, attributes, children, text.toString());
        }
        default -> {
          // Comments and processing instructions are not part of XMPP; skip them.
        }
      }
    }
  }

  private Map<String, String> attributes() {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return attributes;
  }
}
