package org.omotenashi.concierge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainPortsTest {
  @TempDir Path directory;
  private Path domainXml;

  @BeforeEach
  void copyADomainXml() throws Exception {
    domainXml = directory.resolve("domain.xml");
    try (InputStream sample = getClass().getResourceAsStream("/domain-ports.xml")) {
      Files.copy(sample, domainXml);
    }
  }

  @Test
  void readsEveryPortOfTheServerConfig() throws Exception {
    DomainPorts ports = DomainPorts.read(domainXml);

    assertThat(ports.get(DomainPorts.Port.HTTP)).isEqualTo(8080);
    assertThat(ports.get(DomainPorts.Port.ADMIN)).isEqualTo(4848);
    assertThat(ports.get(DomainPorts.Port.HTTPS)).isEqualTo(8181);
    assertThat(ports.get(DomainPorts.Port.IIOP_MUTUAL_AUTH)).isEqualTo(3920);
    assertThat(ports.get(DomainPorts.Port.JMS)).isEqualTo(7676);
    assertThat(ports.get(DomainPorts.Port.JMX)).isEqualTo(8686);
    assertThat(ports.get(DomainPorts.Port.OSGI_SHELL)).isEqualTo(6666);
    assertThat(ports.get(DomainPorts.Port.HAZELCAST_DAS)).isEqualTo(4900);
  }

  @Test
  void writesNewPortsWhereTheyWereAndLeavesTheRestAlone() throws Exception {
    int http = FreePorts.pick();
    DomainPorts chosen = DomainPorts.choose(http, 0);

    chosen.write(domainXml);

    DomainPorts written = DomainPorts.read(domainXml);
    assertThat(written).isEqualTo(chosen);
    assertThat(written.get(DomainPorts.Port.HTTP)).isEqualTo(http);
    String xml = Files.readString(domainXml);
    assertThat(xml)
        .contains(
            "<jvm-options>-Dosgi.shell.telnet.port="
                + chosen.get(DomainPorts.Port.OSGI_SHELL)
                + "</jvm-options>")
        .contains("<jvm-options>-Xmx512m</jvm-options>")
        .contains("port=\"${HTTP_LISTENER_PORT}\"");
  }

  @Test
  void keepsFreePortsAndReplacesTheAskedOnes() throws Exception {
    DomainPorts current = DomainPorts.choose(0, 0);
    int otherHttp = FreePorts.pick();

    DomainPorts reconciled = DomainPorts.reconcile(current, otherHttp, 0);

    assertThat(reconciled.get(DomainPorts.Port.HTTP)).isEqualTo(otherHttp);
    for (DomainPorts.Port port : DomainPorts.Port.values()) {
      if (port != DomainPorts.Port.HTTP) {
        assertThat(reconciled.get(port)).as(port.name()).isEqualTo(current.get(port));
      }
    }
  }

  @Test
  void createDomainGetsEveryPortButHttpAndAdminAsDomainProperties() {
    DomainPorts ports = DomainPorts.choose(0, 0);

    assertThat(ports.createDomainOptions())
        .startsWith(
            "--adminport",
            Integer.toString(ports.get(DomainPorts.Port.ADMIN)),
            "--instanceport",
            Integer.toString(ports.get(DomainPorts.Port.HTTP)),
            "--domainproperties");
    assertThat(ports.createDomainOptions().get(5))
        .contains("jms.port=" + ports.get(DomainPorts.Port.JMS))
        .contains("hazelcast.start.port=" + ports.get(DomainPorts.Port.HAZELCAST_START))
        .doesNotContain("domain.instancePort");
  }
}
