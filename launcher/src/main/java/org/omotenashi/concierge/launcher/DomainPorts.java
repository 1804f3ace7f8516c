package org.omotenashi.concierge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Every TCP port a Payara Server domain listens on, so that two domains on one machine never
 * collide: chosen when the launcher creates the domain ({@code create-domain --domainproperties}),
 * read back from {@code domain.xml} on later starts, and written there, with the domain stopped,
 * when one must change (another HTTP port asked for, or a port taken meanwhile). asadmin has no
 * command for the latter: its commands that change ports need the domain running.
 */
final class DomainPorts {

  /** A port: its {@code create-domain} property and where {@code domain.xml} keeps it. */
  enum Port {
    HTTP("domain.instancePort", listener("http-listener-1"), ""),
    ADMIN("domain.adminPort", listener("admin-listener"), ""),
    HTTPS("http.ssl.port", listener("http-listener-2"), ""),
    IIOP("orb.listener.port", iiop("orb-listener-1"), ""),
    IIOP_SSL("orb.ssl.port", iiop("SSL"), ""),
    IIOP_MUTUAL_AUTH("orb.mutualauth.port", iiop("SSL_MUTUALAUTH"), ""),
    JMS("jms.port", SERVER_CONFIG + "/system-property[@name='JMS_PROVIDER_PORT']/@value", ""),
    JMX("domain.jmxPort", SERVER_CONFIG + "/admin-service/jmx-connector[@name='system']/@port", ""),
    OSGI_SHELL(
        "osgi.shell.telnet.port",
        SERVER_CONFIG + "/java-config/jvm-options[starts-with(., '-Dosgi.shell.telnet.port=')]",
        "-Dosgi.shell.telnet.port="),
    HAZELCAST_DAS("hazelcast.das.port", "/domain/hazelcast-runtime-configuration/@das-port", ""),
    HAZELCAST_START(
        "hazelcast.start.port", "/domain/hazelcast-runtime-configuration/@start-port", "");

    final String property;
    final String xpath;
    final String valuePrefix;

    Port(String property, String xpath, String valuePrefix) {
      this.property = property;
      this.xpath = xpath;
      this.valuePrefix = valuePrefix;
    }

    private static String listener(String name) {
      return SERVER_CONFIG
          + "/network-config/network-listeners/network-listener[@name='"
          + name
          + "']/@port";
    }

    private static String iiop(String id) {
      return SERVER_CONFIG + "/iiop-service/iiop-listener[@id='" + id + "']/@port";
    }
  }

  private static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";

  private final Map<Port, Integer> ports;

  private DomainPorts(Map<Port, Integer> ports) {
    this.ports = new EnumMap<>(ports);
  }

  /** New ports: {@code http} and {@code admin} where given (not 0), free ones for the rest. */
  static DomainPorts choose(int http, int admin) {
    return reconcile(new EnumMap<>(Port.class), http, admin);
  }

  /**
   * Ports for a domain that has {@code current}: kept where still free and not asked to change,
   * free ones instead of those taken, and {@code http} and {@code admin} where given (not 0).
   */
  static DomainPorts reconcile(DomainPorts current, int http, int admin) {
    return reconcile(current.ports, http, admin);
  }

  private static DomainPorts reconcile(Map<Port, Integer> current, int http, int admin) {
    Map<Port, Integer> chosen = new EnumMap<>(Port.class);
    List<Port> needed = new ArrayList<>();
    for (Port port : Port.values()) {
      int asked = port == Port.HTTP ? http : port == Port.ADMIN ? admin : 0;
      Integer existing = current.get(port);
      if (asked != 0) {
        chosen.put(port, asked);
      } else if (existing != null && FreePorts.isFree(existing)) {
        chosen.put(port, existing);
      } else {
        needed.add(port);
      }
    }
    List<Integer> free = FreePorts.pick(needed.size() + chosen.size());
    free.removeAll(chosen.values());
    for (int i = 0; i < needed.size(); i++) {
      chosen.put(needed.get(i), free.get(i));
    }
    return new DomainPorts(chosen);
  }

  int get(Port port) {
    return ports.get(port);
  }

  /** The ports asked for but taken by another process. */
  List<Integer> taken() {
    return ports.values().stream().filter(port -> !FreePorts.isFree(port)).toList();
  }

  /** The {@code create-domain} options that give a new domain these ports. */
  List<String> createDomainOptions() {
    String properties =
        ports.entrySet().stream()
            .filter(entry -> entry.getKey() != Port.HTTP && entry.getKey() != Port.ADMIN)
            .map(entry -> entry.getKey().property + "=" + entry.getValue())
            .collect(Collectors.joining(":"));
    return List.of(
        "--adminport", Integer.toString(get(Port.ADMIN)),
        "--instanceport", Integer.toString(get(Port.HTTP)),
        "--domainproperties", properties);
  }

  static DomainPorts read(Path domainXml) throws IOException {
    Document document = parse(domainXml);
    Map<Port, Integer> ports = new EnumMap<>(Port.class);
    for (Port port : Port.values()) {
      Node node = find(document, port);
      if (node != null) {
        ports.put(
            port,
            Integer.parseInt(node.getTextContent().substring(port.valuePrefix.length()).trim()));
      }
    }
    return new DomainPorts(ports);
  }

  /** Writes these ports into the stopped domain's {@code domain.xml}, replacing it atomically. */
  void write(Path domainXml) throws IOException {
    Document document = parse(domainXml);
    for (Port port : Port.values()) {
      Node node = find(document, port);
      if (node == null) {
        throw new IOException(domainXml + " has no " + port + " port at " + port.xpath);
      }
      node.setTextContent(port.valuePrefix + get(port));
    }
    Path temporary = domainXml.resolveSibling(domainXml.getFileName() + ".launcher.tmp");
    try {
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(document), new StreamResult(temporary.toFile()));
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("Could not write " + temporary, e);
    }
    Files.move(temporary, domainXml, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DomainPorts that && ports.equals(that.ports);
  }

  @Override
  public int hashCode() {
    return ports.hashCode();
  }

  @Override
  public String toString() {
    return ports.toString();
  }

  private static Document parse(Path domainXml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(domainXml.toFile());
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("Could not read " + domainXml, e);
    }
  }

  private static Node find(Document document, Port port) throws IOException {
    try {
      return (Node)
          XPathFactory.newInstance().newXPath().evaluate(port.xpath, document, XPathConstants.NODE);
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(port.xpath, e);
    }
  }
}
