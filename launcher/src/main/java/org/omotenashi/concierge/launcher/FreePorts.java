package org.omotenashi.concierge.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds TCP ports nobody listens on, by binding them on all interfaces (as Payara does) and letting
 * them go. Another process may take such a port before the server binds it; the window is short,
 * and the server then fails to start with a clear message.
 */
final class FreePorts {
  private FreePorts() {}

  /** Distinct free ports: all are held until all are found, so that none is handed out twice. */
  static List<Integer> pick(int count) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket();
        held.add(socket);
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(0));
        ports.add(socket.getLocalPort());
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not find free ports", e);
    } finally {
      held.forEach(FreePorts::closeQuietly);
    }
  }

  static int pick() {
    return pick(1).get(0);
  }

  /**
   * Whether a server could listen on the port now. Like the servers, this allows connections of a
   * stopped listener lingering in TIME_WAIT, so that a restarted system gets its ports back.
   */
  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing to do: the port is released either way when this JVM exits.
    }
  }
}
