package org.omotenashi.concierge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroProcessTest {
  @TempDir Path runtimeDir;
  @TempDir Path dataDir;

  @Test
  void runsTheWarAtTheRootAsASingleInstanceWithItsFilesInTheDataDirectory() throws Exception {
    List<String> command = commandWith(LaunchOptions.builder(AppRuntime.MICRO).httpPort(8123));

    assertThat(command)
        .containsSubsequence("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar")
        .containsSubsequence("--port", "8123")
        .containsSubsequence("--rootdir", dataDir.resolve("payara-micro").toString())
        .containsSubsequence("--deploy", runtimeDir.resolve("concierge.war") + ":/")
        .contains("--nocluster", "--disablephonehome");
  }

  @Test
  void javaOptionsReplaceTheDefaultsAndMicroOptionsComeLast() throws Exception {
    List<String> command =
        commandWith(
            LaunchOptions.builder(AppRuntime.MICRO)
                .environment(Settings.JAVA_OPTS, "-Xmx700m")
                .environment(Settings.MICRO_OPTS, " --maxhttpthreads  50 "));

    assertThat(command).contains("-Xmx700m").doesNotContain("-XX:+UseSerialGC");
    assertThat(command.subList(command.size() - 2, command.size()))
        .containsExactly("--maxhttpthreads", "50");
  }

  @Test
  void aClusterModeInTheMicroOptionsLeavesClusteringOn() throws Exception {
    List<String> command =
        commandWith(
            LaunchOptions.builder(AppRuntime.MICRO)
                .environment(Settings.MICRO_OPTS, "--clustermode tcpip:127.0.0.1:6900"));

    assertThat(command).doesNotContain("--nocluster").contains("--clustermode");
  }

  @Test
  void saysWhatToBuildWhenTheWarIsMissing() throws Exception {
    Files.createFile(runtimeDir.resolve("payara-micro.jar"));
    PayaraMicroProcess micro =
        new PayaraMicroProcess(
            LaunchOptions.builder(AppRuntime.MICRO).runtimeDir(runtimeDir).dataDir(dataDir).build(),
            Map.of(),
            new LogBuffer(line -> {}));

    assertThatThrownBy(() -> micro.command(dataDir))
        .hasMessageContaining("concierge.war is missing")
        .hasMessageContaining("mvn -DskipTests package");
  }

  private List<String> commandWith(LaunchOptions.Builder options) throws Exception {
    Files.createFile(runtimeDir.resolve("payara-micro.jar"));
    Files.createFile(runtimeDir.resolve("concierge.war"));
    LaunchOptions launch = options.runtimeDir(runtimeDir).dataDir(dataDir).build();
    return new PayaraMicroProcess(launch, Map.of(), new LogBuffer(line -> {}))
        .command(dataDir.resolve("payara-micro"));
  }
}
