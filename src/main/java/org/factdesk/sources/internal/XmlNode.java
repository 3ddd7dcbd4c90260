package org.factdesk.sources.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed XML element: local name, namespace, attributes, text and children. */
public final class XmlNode {
  private final String name;
  private final String namespace;
  private final int line;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlNode(String name, String namespace, int line) {
    this.name = name;
    this.namespace = namespace == null ? "" : namespace;
    this.line = line;
  }

  /** Local name, e.g. "item". */
  public String name() {
    return name;
  }

  public String namespace() {
    return namespace;
  }

  /** The line the element starts on. */
  public int line() {
    return line;
  }

  public String attribute(String localName) {
    return attributes.get(localName);
  }

  public List<XmlNode> children() {
    return children;
  }

  /** The text directly inside this element, stripped. */
  public String text() {
    return text.toString().strip();
  }

  /** The first child with this local name, or null. */
  public XmlNode child(String localName) {
    for (XmlNode c : children) {
      if (c.name.equals(localName)) {
        return c;
      }
    }
    return null;
  }

  /** The first child with this local name in this namespace, or null. */
  public XmlNode child(String ns, String localName) {
    for (XmlNode c : children) {
      if (c.name.equals(localName) && c.namespace.equals(ns)) {
        return c;
      }
    }
    return null;
  }

  /** The text of the first child with this local name, or null when absent or blank. */
  public String childText(String localName) {
    XmlNode c = child(localName);
    if (c == null || c.text().isEmpty()) {
      return null;
    }
    return c.text();
  }

  public List<XmlNode> all(String localName) {
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(localName)) {
        out.add(c);
      }
    }
    return out;
  }

  void attribute(String k, String v) {
    attributes.put(k, v);
  }

  void append(String s) {
    text.append(s);
  }

  void add(XmlNode child) {
    children.add(child);
  }

  int textLength() {
    return text.length();
  }
}
