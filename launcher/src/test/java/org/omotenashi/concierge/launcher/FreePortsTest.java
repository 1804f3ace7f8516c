package org.omotenashi.concierge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  @Test
  void picksDistinctPortsThatAServerCanListenOn() throws Exception {
    List<Integer> ports = FreePorts.pick(12);

    assertThat(ports).doesNotHaveDuplicates().hasSize(12);
    for (int port : ports) {
      try (ServerSocket server = new ServerSocket()) {
        server.bind(new InetSocketAddress(port));
        assertThat(server.getLocalPort()).isEqualTo(port);
      }
    }
  }

  @Test
  void aPortSomeoneListensOnIsNotFreeAndIsFreeAgainOnceClosed() throws Exception {
    int port;
    try (ServerSocket server = new ServerSocket(0)) {
      port = server.getLocalPort();
      assertThat(FreePorts.isFree(port)).isFalse();
    }
    assertThat(FreePorts.isFree(port)).isTrue();
  }
}
