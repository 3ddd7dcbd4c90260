package org.factdesk.sources.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.factdesk.InputException;

/**
 * Parses XML without DTDs or entities of any kind (a document with a DOCTYPE is refused), with caps
 * on elements, depth and text, into a small tree of {@link XmlNode}s. Errors name the input and
 * line.
 */
public final class SafeXml {
  /** Most elements in one document. */
  public static final int MAX_ELEMENTS = 500_000;

  /** Deepest nesting. */
  public static final int MAX_DEPTH = 64;

  /** Most characters of text in one document. */
  public static final long MAX_TEXT = 50_000_000L;

  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, ns) -> {
          throw new XMLStreamException("external entity refused: " + systemId);
        });
    return f;
  }

  /** Parses the bytes of {@code input} (a path or URL, for messages). */
  public static XmlNode parse(byte[] bytes, String input) {
    XMLStreamReader r = null;
    try {
      synchronized (FACTORY) {
        r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
      }
      Deque<XmlNode> stack = new ArrayDeque<>();
      XmlNode root = null;
      int elements = 0;
      long text = 0;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw new InputException(
                  input + ":" + line(r.getLocation()),
                  "XML with a DOCTYPE (DTD) is refused (entities could expand or reach outside)");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new InputException(
                  input + ":" + line(r.getLocation()),
                  "XML entity reference &" + r.getLocalName() + "; is refused");
          case XMLStreamConstants.START_ELEMENT -> {
            if (++elements > MAX_ELEMENTS) {
              throw new InputException(
                  input + ":" + line(r.getLocation()), "more than " + MAX_ELEMENTS + " elements");
            }
            if (stack.size() >= MAX_DEPTH) {
              throw new InputException(
                  input + ":" + line(r.getLocation()), "nested deeper than " + MAX_DEPTH);
            }
            XmlNode n = new XmlNode(r.getLocalName(), r.getNamespaceURI(), line(r.getLocation()));
            for (int i = 0; i < r.getAttributeCount(); i++) {
              n.attribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            if (stack.isEmpty()) {
              root = n;
            } else {
              stack.peek().add(n);
            }
            stack.push(n);
          }
          case XMLStreamConstants.END_ELEMENT -> stack.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!stack.isEmpty()) {
              String s = r.getText();
              text += s.length();
              if (text > MAX_TEXT) {
                throw new InputException(
                    input + ":" + line(r.getLocation()), "more than " + MAX_TEXT + " characters");
              }
              stack.peek().append(s);
            }
          }
          default -> {}
        }
      }
      if (root == null) {
        throw new InputException(input, "no XML element found");
      }
      return root;
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? input : input + ":" + line(e.getLocation());
      throw new InputException(where, "malformed XML: " + cleanMessage(e), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held beyond the byte array
        }
      }
    }
  }

  private static int line(Location l) {
    return l == null ? 0 : l.getLineNumber();
  }

  private static String cleanMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? "unreadable" : e.getMessage();
    int msg = m.indexOf("Message: ");
    return (msg >= 0 ? m.substring(msg + 9) : m).strip();
  }
}
