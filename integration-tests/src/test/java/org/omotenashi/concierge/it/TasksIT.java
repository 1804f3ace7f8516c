package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The departments' tasks as staff and their scripts use them: writing one down, finding it by
 * conversation, department and status, its life from open to done and never back, a department's
 * member limited to their department, one task per guest message and department, and bad input
 * named by field. Each test writes its own tasks, with summaries of its own to find them by.
 */
@ExtendWith(RunningSystem.class)
class TasksIT {

  @Test
  void aTaskWrittenDownIsReadAndFoundByEachFilter(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);
    String conversationId = newConversation(system, "Good evening");

    Map<String, Object> body = task("HOUSEKEEPING", "305", "Two extra towels " + UUID.randomUUID());
    body.put("priority", "HIGH");
    body.put("conversationId", conversationId);
    ApiClient.Reply created = admin.post("/api/v1/tasks", body);

    assertThat(created.status()).as(created.text()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/tasks/" + id));
    JsonNode task = created.json();
    assertThat(task.path("department").asText()).isEqualTo("HOUSEKEEPING");
    assertThat(task.path("room").asText()).isEqualTo("305");
    assertThat(task.path("priority").asText()).isEqualTo("HIGH");
    assertThat(task.path("status").asText()).isEqualTo("OPEN");
    assertThat(task.path("conversationId").asText()).isEqualTo(conversationId);
    assertThat(task.has("dueAt") && task.path("dueAt").isNull()).isTrue();
    assertThat(task.has("assignee") && task.path("assignee").isNull()).isTrue();
    assertThat(task.path("createdAt").asText()).isNotBlank();
    assertThat(admin.get("/api/v1/tasks/" + id).json()).isEqualTo(task);

    assertThat(ids(admin.get("/api/v1/tasks?conversationId=" + conversationId))).containsExactly(id);
    assertThat(ids(admin.get("/api/v1/tasks?department=housekeeping"))).contains(id);
    assertThat(ids(admin.get("/api/v1/tasks?department=MAINTENANCE"))).doesNotContain(id);
    assertThat(ids(admin.get("/api/v1/tasks?status=OPEN"))).contains(id);
    assertThat(ids(admin.get("/api/v1/tasks?status=done"))).doesNotContain(id);
    assertThat(ids(admin.get("/api/v1/tasks?conversationId=" + conversationId
        + "&department=HOUSEKEEPING&status=OPEN"))).containsExactly(id);
    assertThat(ids(admin.get("/api/v1/tasks?conversationId=" + conversationId + "&status=IN_PROGRESS"))).isEmpty();

    ApiClient.Reply all = admin.get("/api/v1/tasks");
    assertThat(all.json().get(0).path("id").asLong()).as("newest first").isEqualTo(id);
  }

  @Test
  void aTaskGoesFromOpenThroughInProgressToDoneAndNeverBack(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);
    long id = create(admin, task("MAINTENANCE", "402", "Air conditioning rattles " + UUID.randomUUID()));
    String path = "/api/v1/tasks/" + id;

    ApiClient.Reply started = admin.patch(path, Map.of("status", "IN_PROGRESS"));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    assertThat(started.json().path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(started.json().path("assignee").asText()).as("whoever starts it").isEqualTo("admin");

    ApiClient.Reply nobody = admin.patch(path, Map.of("assignee", "no-such-" + UUID.randomUUID()));
    assertThat(nobody.status()).isEqualTo(422);
    assertThat(nobody.json().path("errors").findValuesAsText("field")).containsExactly("assignee");
    assertThat(admin.patch(path, Map.of()).status()).isEqualTo(422);

    ApiClient.Reply done = admin.patch(path, Map.of("status", "DONE"));
    assertThat(done.json().path("status").asText()).isEqualTo("DONE");

    ApiClient.Reply reopened = admin.patch(path, Map.of("status", "OPEN"));
    assertThat(reopened.status()).isEqualTo(409);
    assertThat(reopened.contentType()).startsWith("application/problem+json");
    assertThat(reopened.json().path("detail").asText()).contains("DONE");
    assertThat(admin.patch(path, Map.of("status", "CANCELLED")).status()).isEqualTo(409);
    assertThat(admin.get(path).json().path("status").asText()).isEqualTo("DONE");

    long other = create(admin, task("MAINTENANCE", null, "Lobby lamp flickers " + UUID.randomUUID()));
    ApiClient.Reply cancelled = admin.patch("/api/v1/tasks/" + other, Map.of("status", "CANCELLED"));
    assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(admin.patch("/api/v1/tasks/" + other, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(409);
    assertThat(admin.get("/api/v1/tasks/" + Long.MAX_VALUE).status()).isEqualTo(404);
  }

  @Test
  void aDepartmentMemberSeesAndChangesOnlyTheirDepartmentsTasks(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);
    String username = StaffAccountsIT.unique("hk");
    assertThat(admin.post("/api/v1/staff", Map.of("username", username, "name", "Mika Sato",
        "role", "DEPARTMENT", "department", "HOUSEKEEPING", "password", "long-enough-password"))
        .status()).isEqualTo(201);
    ApiClient housekeeper = system.api().signedInAs(username, "long-enough-password");
    long towels = create(admin, task("HOUSEKEEPING", "501", "Futon for a child " + UUID.randomUUID()));
    long leak = create(admin, task("MAINTENANCE", "501", "Shower leaks " + UUID.randomUUID()));

    ApiClient.Reply mine = housekeeper.get("/api/v1/tasks");
    assertThat(mine.status()).as(mine.text()).isEqualTo(200);
    assertThat(ids(mine)).contains(towels).doesNotContain(leak);
    assertThat(mine.json().findValuesAsText("department")).containsOnly("HOUSEKEEPING");
    assertThat(ids(housekeeper.get("/api/v1/tasks?department=MAINTENANCE"))).isEmpty();
    assertThat(housekeeper.get("/api/v1/tasks/" + leak).status()).isEqualTo(404);
    assertThat(housekeeper.patch("/api/v1/tasks/" + leak, Map.of("status", "DONE")).status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/tasks/" + leak).json().path("status").asText()).isEqualTo("OPEN");

    ApiClient.Reply started = housekeeper.patch("/api/v1/tasks/" + towels, Map.of("status", "IN_PROGRESS"));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    assertThat(started.json().path("assignee").asText()).isEqualTo(username);
    assertThat(housekeeper.patch("/api/v1/tasks/" + towels, Map.of("status", "DONE"))
        .json().path("status").asText()).isEqualTo("DONE");

    // Anyone may write a task down for another department (a housekeeper finds a broken lamp).
    ApiClient.Reply forMaintenance = housekeeper.post("/api/v1/tasks",
        task("MAINTENANCE", "502", "Bedside lamp broken " + UUID.randomUUID()));
    assertThat(forMaintenance.status()).isEqualTo(201);
  }

  @Test
  void aGuestMessageMakesAtMostOneTaskPerDepartment(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);
    String conversationId = newConversation(system, "Good morning");
    long messageId = admin.get("/api/v1/conversations/" + conversationId).json()
        .path("messages").get(0).path("id").asLong();
    Map<String, Object> body = task("MAINTENANCE", "306", "No hot water in the shower");
    body.put("messageId", messageId);

    ApiClient.Reply first = admin.post("/api/v1/tasks", body);
    ApiClient.Reply again = admin.post("/api/v1/tasks", body);

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(first.json().path("conversationId").asText()).as("the message's").isEqualTo(conversationId);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
    Map<String, Object> towels = task("HOUSEKEEPING", "306", "Towels");
    towels.put("messageId", messageId);
    assertThat(admin.post("/api/v1/tasks", towels).status()).isEqualTo(201);
    assertThat(ids(admin.get("/api/v1/tasks?conversationId=" + conversationId))).hasSize(2);

    Map<String, Object> elsewhere = new HashMap<>(body);
    elsewhere.put("conversationId", newConversation(system, "Hello"));
    assertField(admin.post("/api/v1/tasks", elsewhere), 422, "messageId");
  }

  @Test
  void badInputIsRefusedWithAProblemNamingTheField(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);

    assertField(admin.post("/api/v1/tasks", task("LAUNDRY_ROBOTS", "305", "Towels")), 422, "department");
    assertField(admin.post("/api/v1/tasks", task("HOUSEKEEPING", "999", "Towels")), 422, "room");
    assertField(admin.post("/api/v1/tasks", task("HOUSEKEEPING", "305", " ")), 400, "summary");
    assertField(admin.post("/api/v1/tasks", task("HOUSEKEEPING", "305", "x".repeat(501))), 400, "summary");
    Map<String, Object> unknownConversation = task("HOUSEKEEPING", "305", "Towels");
    unknownConversation.put("conversationId", "c-nosuchconversation");
    assertField(admin.post("/api/v1/tasks", unknownConversation), 422, "conversationId");
    assertField(admin.get("/api/v1/tasks?status=FINISHED"), 400, "status");
    assertField(admin.get("/api/v1/tasks?limit=many"), 400, "limit");
  }

  @Test
  void tasksAreForSignedInStaffAndCountedInTheMetrics(TestSystem system) {
    assertThat(system.api().get("/api/v1/tasks").status()).isEqualTo(401);
    assertThat(system.api().get("/api/v1/tasks/1").status()).isEqualTo(401);
    assertThat(system.api().post("/api/v1/tasks", task("HOUSEKEEPING", "305", "Towels")).status()).isEqualTo(401);
    assertThat(system.api().patch("/api/v1/tasks/1", Map.of("status", "DONE")).status()).isEqualTo(401);

    create(StaffAccountsIT.admin(system), task("SPA", null, "Massage at 18:00 " + UUID.randomUUID()));
    String metrics = system.api().get("/metrics", "text/plain").text();
    assertThat(metrics.lines()
            .filter(line -> line.startsWith("concierge_tasks_active{") && line.contains("department=\"SPA\""))
            .findFirst())
        .as(metrics)
        .hasValueSatisfying(line -> assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).isPositive());
  }

  private static Map<String, Object> task(String department, String room, String summary) {
    Map<String, Object> body = new HashMap<>();
    body.put("department", department);
    body.put("room", room);
    body.put("summary", summary);
    return body;
  }

  private static long create(ApiClient staff, Map<String, Object> body) {
    ApiClient.Reply created = staff.post("/api/v1/tasks", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  /** A guest's conversation whose words ask for nothing, so that the agent makes no task of it. */
  private static String newConversation(TestSystem system, String text) {
    ApiClient.Reply reply = system.api().post("/api/v1/webchat/messages",
        WebChatIT.message(null, WebChatIT.newGuestId(), text, "en-GB"));
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json().path("conversationId").asText();
  }

  private static List<Long> ids(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json().findValues("id").stream().map(JsonNode::asLong).toList();
  }

  private static void assertField(ApiClient.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().path("errors").findValuesAsText("field")).as(reply.text()).contains(field);
  }
}
