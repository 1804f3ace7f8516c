package org.omotenashi.concierge.booking.qloapps;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A QloApps webservice on 127.0.0.1 for tests: a real HTTP server that answers the calls {@link
 * QloAppsPmsGateway} makes in QloApps 1.7's wire format, and keeps its bookings in memory so that
 * create, find, modify and cancel behave the way QloApps's would. What it imitates, with the
 * QloApps source it follows:
 *
 * <ul>
 *   <li>HTTP Basic authentication with the API key as user name ({@code
 *       classes/webservice/WebserviceRequest.php}): 401 without it, with a key that is not 32
 *       characters long or not the one this fake was started with. JSON answers only with {@code
 *       output_format=JSON}; errors as {@code {"errors": [{"code", "message"}]}}.
 *   <li>{@code POST hotel_ari} with an XML body, with or without {@code date_wise_breakdown}
 *       ({@code modules/hotelreservationsystem/classes/WebserviceSpecificManagementHotelAri.php}).
 *   <li>{@code POST bookings}, {@code GET bookings[/<id>]}, {@code PUT bookings[/<id>]} with a JSON
 *       body: the same validations and messages, a 400 "Requested room(s) not available." when a
 *       room type has fewer free rooms than asked for, rooms kept, added and removed by a PUT as
 *       QloApps does, {@code booking_status} 3 moving the order to the cancelled state, children
 *       recorded only with their ages ({@code
 *       classes/webservice/WebserviceSpecificManagementBookings.php}).
 *   <li>{@code GET orders/<id>} (the order's {@code current_state}, {@code date_add}, {@code
 *       date_upd}) and {@code GET configurations} with {@code filter[name]} and {@code display},
 *       with QloApps's order states: 1 awaiting payment, 2 payment accepted, 3 processing, 4
 *       cancelled, 5 refunded ({@code install/data/xml/order_state.xml}).
 * </ul>
 *
 * <p>Each room type has a number of rooms, a price per night without tax (which may differ by
 * night) and the hotel's tax rate (10 % unless set). It can be told to misbehave: {@link
 * #failWith}, {@link #answerSlowly}, {@link #answerMalformed}, {@link #answerWithoutFields}, and
 * {@link #behave} again. Every request is recorded ({@link #requests()}).
 */
public final class FakeQloApps implements AutoCloseable {
  public static final int AWAITING_PAYMENT = 1;
  public static final int PAYMENT_ACCEPTED = 2;
  public static final int CANCELLED = 4;
  public static final int REFUNDED = 5;

  private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern ONE_BOOKING = Pattern.compile("/api/bookings/(\\d+)/?");
  private static final Pattern ONE_ORDER = Pattern.compile("/api/orders/(\\d+)/?");

  /** A request as the fake received it; {@code query} is the raw query string. */
  public record RecordedRequest(
      String method, String path, String query, String body, String authorization) {
    /** A query parameter, decoded; {@code filter[name]} is written as is. */
    public Optional<String> queryParameter(String name) {
      return Optional.ofNullable(parseQuery(query).get(name));
    }

    /** The user name of the HTTP Basic authorization, or null without one. */
    public String basicUser() {
      String[] credentials = basicCredentials(authorization);
      return credentials == null ? null : credentials[0];
    }

    /** The password of the HTTP Basic authorization, or null without one. */
    public String basicPassword() {
      String[] credentials = basicCredentials(authorization);
      return credentials == null ? null : credentials[1];
    }
  }

  private record RoomType(int id, String name, List<Integer> rooms, BigDecimal price) {}

  private record Customer(int id, String firstname, String lastname, String email) {}

  /** One room held by a booking for a stay, like a row of QloApps's htl_booking_detail. */
  private record HeldRoom(
      int idHotelBooking,
      int roomTypeId,
      int roomId,
      LocalDate from,
      LocalDate to,
      int adults,
      int children,
      BigDecimal priceWithoutTax,
      BigDecimal tax) {}

  private static final class Booking {
    final int id;
    Customer customer;
    final String currency;
    final String source;
    final LocalDateTime dateAdd;
    LocalDateTime dateUpd;
    int state;
    final List<String> remarks = new ArrayList<>();
    final List<HeldRoom> rooms = new ArrayList<>();

    Booking(
        int id, Customer customer, String currency, String source, LocalDateTime now, int state) {
      this.id = id;
      this.customer = customer;
      this.currency = currency;
      this.source = source;
      this.dateAdd = now;
      this.dateUpd = now;
      this.state = state;
    }

    boolean holdsRooms() {
      return state != CANCELLED && state != REFUNDED;
    }
  }

  /** A request QloApps refuses: its status, error code and message. */
  private static final class Refusal extends RuntimeException {
    final int status;
    final int code;

    Refusal(int status, int code, String message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  private record Reply(int status, String contentType, String body) {
    static Reply json(int status, JsonObject body) {
      return new Reply(status, "application/json", body.toString());
    }
  }

  private final String apiKey;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private final Map<Integer, RoomType> roomTypes = new LinkedHashMap<>();
  private final Map<Integer, Map<LocalDate, BigDecimal>> nightPrices = new LinkedHashMap<>();
  private final Map<Integer, Booking> bookings = new TreeMap<>();
  private final Map<String, Customer> customers = new LinkedHashMap<>();
  private int hotelId = 1;
  private String currency = "JPY";
  private BigDecimal taxPercent = BigDecimal.TEN;
  private ZoneId zone = ZoneOffset.UTC;
  private int nextBookingId = 1;
  private int nextCustomerId = 1;
  private int nextHeldRoomId = 1;

  private volatile Integer failStatus;
  private volatile Duration delay = Duration.ZERO;
  private volatile String cannedBody;

  private FakeQloApps(String apiKey) throws IOException {
    this.apiKey = apiKey;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    this.executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-qloapps");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a fake QloApps that accepts only {@code apiKey} (QloApps keys are 32 characters). */
  public static FakeQloApps start(String apiKey) {
    try {
      return new FakeQloApps(apiKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The webservice's base URL, like {@code http://127.0.0.1:8081/api}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  /** Adds a room type with {@code rooms} rooms at {@code price} a night, tax excluded. */
  public synchronized FakeQloApps addRoomType(int id, String name, int rooms, BigDecimal price) {
    List<Integer> roomIds = new ArrayList<>();
    for (int i = 1; i <= rooms; i++) {
      roomIds.add(id * 100 + i);
    }
    roomTypes.put(id, new RoomType(id, name, List.copyOf(roomIds), price));
    return this;
  }

  /** A different price (tax excluded) for one night of a room type. */
  public synchronized FakeQloApps priceOn(int roomTypeId, LocalDate night, BigDecimal price) {
    nightPrices.computeIfAbsent(roomTypeId, id -> new TreeMap<>()).put(night, price);
    return this;
  }

  /** The hotel's tax rate in percent (10 unless set). */
  public synchronized FakeQloApps taxPercent(BigDecimal percent) {
    this.taxPercent = percent;
    return this;
  }

  /** The hotel's id in QloApps (1 unless set). */
  public synchronized FakeQloApps hotelId(int id) {
    this.hotelId = id;
    return this;
  }

  /** The shop's default and only currency (JPY unless set). */
  public synchronized FakeQloApps currency(String isoCode) {
    this.currency = isoCode;
    return this;
  }

  /** The time zone of the dates QloApps writes (UTC unless set). */
  public synchronized FakeQloApps zone(ZoneId zone) {
    this.zone = zone;
    return this;
  }

  /** From now on, every request is answered with this status (5xx as a PHP error page). */
  public void failWith(int status) {
    this.failStatus = status;
  }

  /** From now on, every answer comes after this delay. */
  public void answerSlowly(Duration delay) {
    this.delay = delay;
  }

  /** From now on, every request is answered 200 with a body that is not JSON. */
  public void answerMalformed() {
    this.cannedBody = "{\"booking\": {\"id\": 1, \"associations\": ";
  }

  /** From now on, every request is answered 200 with JSON that lacks every expected field. */
  public void answerWithoutFields() {
    this.cannedBody = "{\"qloapps\": {}}";
  }

  /** Back to normal after {@link #failWith}, {@link #answerSlowly} or {@link #answerMalformed}. */
  public void behave() {
    this.failStatus = null;
    this.delay = Duration.ZERO;
    this.cannedBody = null;
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public void clearRequests() {
    requests.clear();
  }

  /** The QloApps order state of a booking (see the constants), as a back-office user would see. */
  public synchronized int orderState(int bookingId) {
    return booking(bookingId).state;
  }

  /** Moves a booking to another order state, as staff in QloApps's back office would. */
  public synchronized void changeOrderState(int bookingId, int state) {
    Booking booking = booking(bookingId);
    booking.state = state;
    booking.dateUpd = now();
  }

  /** How many bookings were made. */
  public synchronized int bookingCount() {
    return bookings.size();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- HTTP

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String rawQuery = exchange.getRequestURI().getRawQuery();
      RecordedRequest request =
          new RecordedRequest(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              rawQuery == null ? "" : rawQuery,
              body,
              exchange.getRequestHeaders().getFirst("Authorization"));
      requests.add(request);
      Reply reply = answer(request);
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      if (reply.status() == 401) {
        exchange
            .getResponseHeaders()
            .add(
                "WWW-Authenticate",
                "Basic realm=\"Welcome to QloApps Webservice, please enter the authentication key"
                    + " as the login. No password required.\"");
      }
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private Reply answer(RecordedRequest request) {
    Duration wait = delay;
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Reply(503, "text/plain", "");
      }
    }
    Integer failure = failStatus;
    if (failure != null) {
      return failure >= 500
          ? new Reply(
              failure,
              "text/html",
              "<html><head><title>"
                  + failure
                  + "</title></head><body><h1>Internal Server Error</h1>"
                  + "</body></html>")
          : errors(failure, 0, "The fake QloApps was told to fail");
    }
    String canned = cannedBody;
    if (canned != null) {
      return new Reply(200, "application/json", canned);
    }
    Reply refused = authenticate(request.authorization());
    if (refused != null) {
      return refused;
    }
    if (!"JSON".equals(request.queryParameter("output_format").orElse(null))) {
      // QloApps answers in XML unless asked for JSON; this fake writes only an empty document.
      return new Reply(
          200,
          "text/xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<qloapps"
              + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>");
    }
    try {
      synchronized (this) {
        return route(request);
      }
    } catch (Refusal refusal) {
      return errors(refusal.status, refusal.code, refusal.getMessage());
    }
  }

  private Reply authenticate(String authorization) {
    String[] credentials = basicCredentials(authorization);
    if (credentials == null) {
      return errors(
          401, 16, "Please enter the authentication key as the login. No password required");
    }
    String key = credentials[0].strip();
    if (key.isEmpty()) {
      return errors(401, 17, "Authentication key is empty");
    }
    if (key.length() != 32) {
      return errors(401, 18, "Invalid authentication key format");
    }
    if (!key.equals(apiKey)) {
      JsonObject answer =
          Json.createObjectBuilder()
              .add(
                  "errors",
                  Json.createArrayBuilder()
                      .add(error(20, "Authentification key is not active"))
                      .add(error(21, "No permission for this authentication key")))
              .build();
      return Reply.json(401, answer);
    }
    return null;
  }

  private Reply route(RecordedRequest request) {
    String method = request.method();
    String path = request.path();
    Matcher oneBooking = ONE_BOOKING.matcher(path);
    Matcher oneOrder = ONE_ORDER.matcher(path);
    if (path.matches("/api/hotel_ari/?")) {
      return switch (method) {
        case "POST" -> hotelAri(request.body());
        default -> errors(405, 23, "Method " + method + " is not valid");
      };
    }
    if (path.matches("/api/bookings/?")) {
      return switch (method) {
        case "GET" -> listBookings();
        case "POST" -> createBooking(bookingParams(request.body()));
        case "PUT" -> updateBooking(bookingParams(request.body()));
        default ->
            errors(405, 101, "Method " + method + " is not allowed for the resource bookings");
      };
    }
    if (oneBooking.matches()) {
      return switch (method) {
        case "GET" -> showBooking(Integer.parseInt(oneBooking.group(1)));
        case "PUT" -> updateBooking(bookingParams(request.body()));
        default ->
            errors(405, 101, "Method " + method + " is not allowed for the resource bookings");
      };
    }
    if (oneOrder.matches() && method.equals("GET")) {
      return showOrder(Integer.parseInt(oneOrder.group(1)));
    }
    if (path.matches("/api/configurations/?") && method.equals("GET")) {
      return configurations(request);
    }
    String resource = path.replaceFirst("^/api/?", "").replaceFirst("/.*", "");
    return errors(400, 27, "Resource of type \"" + resource + "\" does not exists");
  }

  // ---- hotel_ari

  private Reply hotelAri(String xml) {
    if (xml.isBlank()) {
      throw new Refusal(400, 85, "Validation error: ARI search parameters are missing.");
    }
    Element ari = ariElement(xml);
    String idHotel = requiredText(ari, "id_hotel");
    LocalDate from = ariDate(ari, "date_from");
    LocalDate to = ariDate(ari, "date_to");
    if (!to.isAfter(from)) {
      throw new Refusal(400, 85, "Validation error: \"Date to\" must be after \"date from\"");
    }
    int occupancies = validateOccupancies(ari);
    boolean dateWise = flag(ari, "date_wise_breakdown");
    List<RoomType> types = Integer.toString(hotelId).equals(idHotel) ? typesOf(ari) : List.of();
    if (dateWise) {
      JsonArrayBuilder nights = Json.createArrayBuilder();
      for (LocalDate night = from; night.isBefore(to); night = night.plusDays(1)) {
        nights.add(ariEntry(idHotel, night, night.plusDays(1), types, occupancies));
      }
      return Reply.json(200, Json.createObjectBuilder().add("hotel_aris", nights).build());
    }
    return Reply.json(
        200,
        Json.createObjectBuilder()
            .add("hotel_ari", ariEntry(idHotel, from, to, types, occupancies))
            .build());
  }

  private JsonObjectBuilder ariEntry(
      String idHotel, LocalDate from, LocalDate to, List<RoomType> types, int occupancies) {
    int totalRooms = 0;
    int totalAvailable = 0;
    JsonArrayBuilder typeEntries = Json.createArrayBuilder();
    for (RoomType type : types) {
      List<Integer> free = freeRooms(type, from, to);
      totalRooms += type.rooms().size();
      totalAvailable += free.size();
      BigDecimal priceWithoutTax = stayPrice(type, from, to);
      BigDecimal perDay =
          priceWithoutTax.divide(BigDecimal.valueOf(days(from, to)), 6, RoundingMode.HALF_UP);
      BigDecimal total = priceWithoutTax.multiply(BigDecimal.valueOf(occupancies));
      JsonObjectBuilder available = Json.createObjectBuilder();
      free.forEach(
          room ->
              available.add(
                  Integer.toString(room),
                  Json.createObjectBuilder()
                      .add("id_room", Integer.toString(room))
                      .add("room_num", "R-" + room)));
      typeEntries.add(
          Json.createObjectBuilder()
              .add("id_room_type", Integer.toString(type.id()))
              .add("base_price", perDay)
              .add("base_price_with_tax", withTax(perDay))
              .add("total_price", total)
              .add("total_price_with_tax", withTax(total))
              .add("name", type.name())
              .add(
                  "rooms",
                  Json.createObjectBuilder()
                      .add(
                          "available",
                          free.isEmpty()
                              ? JsonValue.EMPTY_JSON_ARRAY
                              : available.build().asJsonObject())));
    }
    return Json.createObjectBuilder()
        .add("id_hotel", idHotel)
        .add("date_from", from.toString())
        .add("date_to", to.toString())
        .add("currency", currency)
        .add("total_rooms", totalRooms)
        .add("total_available_rooms", totalAvailable)
        .add("room_types", typeEntries);
  }

  private List<RoomType> typesOf(Element ari) {
    Optional<String> only = optionalText(ari, "id_room_type");
    return roomTypes.values().stream()
        .filter(type -> only.isEmpty() || only.get().equals(Integer.toString(type.id())))
        .toList();
  }

  private static Element ariElement(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      Document document =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      NodeList found = document.getDocumentElement().getElementsByTagName("hotel_ari");
      if (found.getLength() == 0) {
        throw new Refusal(400, 85, "Validation error: Invalid request XML");
      }
      return (Element) found.item(0);
    } catch (Refusal refusal) {
      throw refusal;
    } catch (Exception e) {
      throw new Refusal(400, 85, "Validation error: Invalid ARI search parameters found.");
    }
  }

  private static String requiredText(Element parent, String name) {
    return optionalText(parent, name)
        .orElseThrow(() -> new Refusal(400, 41, "parameter \"" + name + "\" required"));
  }

  private static Optional<String> optionalText(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    if (nodes.getLength() == 0 || nodes.item(0).getTextContent().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(nodes.item(0).getTextContent().strip());
  }

  private static LocalDate ariDate(Element ari, String name) {
    try {
      return LocalDate.parse(requiredText(ari, name).substring(0, 10));
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      throw new Refusal(400, 85, "Validation error: \"" + name + "\" is invalid");
    }
  }

  private static boolean flag(Element ari, String name) {
    return optionalText(ari, name).map(value -> !value.equals("0")).orElse(false);
  }

  private static int validateOccupancies(Element ari) {
    NodeList occupancies = ari.getElementsByTagName("room_occupancy");
    for (int i = 0; i < occupancies.getLength(); i++) {
      Element occupancy = (Element) occupancies.item(i);
      Optional<String> adults = optionalText(occupancy, "adults");
      if (adults.isEmpty()) {
        throw new Refusal(
            400,
            85,
            "Validation error: Missing information for adults for Room-" + (i + 1) + " occupancy.");
      }
      if (!adults.get().matches("[1-9][0-9]*")) {
        throw new Refusal(
            400,
            85,
            "Validation error: Invalid value for number of adults for Room-"
                + (i + 1)
                + " occupancy(value must be greater than 0).");
      }
      if (optionalText(occupancy, "children").isEmpty()) {
        throw new Refusal(
            400,
            85,
            "Validation error: Missing information for children for Room-"
                + (i + 1)
                + " occupancy.");
      }
    }
    return Math.max(1, occupancies.getLength());
  }

  // ---- bookings

  private static JsonObject bookingParams(String body) {
    JsonObject request;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      request = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new Refusal(500, 127, "Invalid request.");
    }
    if (!request.containsKey("booking")
        || request.get("booking").getValueType() != JsonValue.ValueType.OBJECT) {
      throw new Refusal(500, 127, "Invalid request.");
    }
    // formatRequestData(): the associations are merged into the booking's own fields.
    JsonObject booking = request.getJsonObject("booking");
    JsonObjectBuilder merged = Json.createObjectBuilder(booking).remove("associations");
    if (booking.containsKey("associations")) {
      booking.getJsonObject("associations").forEach(merged::add);
    }
    return merged.build();
  }

  private Reply listBookings() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    bookings.keySet().forEach(id -> list.add(Json.createObjectBuilder().add("id", id)));
    return Reply.json(200, Json.createObjectBuilder().add("bookings", list).build());
  }

  private Reply showBooking(int id) {
    Booking booking = bookings.get(id);
    return booking == null
        ? new Reply(404, "application/json", "")
        : Reply.json(200, details(booking));
  }

  private Reply createBooking(JsonObject params) {
    validatePost(params);
    JsonObject detail = params.getJsonObject("customer_detail");
    Customer customer = customer(detail);
    int state = initialState(params);
    Booking booking =
        new Booking(
            nextBookingId++,
            customer,
            currency,
            params.getString("source", "webservice"),
            now(),
            state);
    for (JsonObject line : roomTypeLines(params)) {
      holdRooms(booking, line);
    }
    if (params.containsKey("remark") && !params.getString("remark", "").isBlank()) {
      booking.remarks.add(params.getString("remark"));
    }
    bookings.put(booking.id, booking);
    return Reply.json(200, details(booking));
  }

  private void validatePost(JsonObject params) {
    if (params.containsKey("id")) {
      throw refused("id is forbidden when adding a new resource");
    }
    if (!currency.equals(text(params, "currency"))) {
      throw refused("Please provide valid currency.");
    }
    if (!(params.get("customer_detail") instanceof JsonObject detail) || detail.isEmpty()) {
      throw refused("Customer details not found.");
    }
    if (!Integer.toString(hotelId).equals(text(params, "id_property"))) {
      throw refused("Please provide a valid id_property.");
    }
    if (text(detail, "firstname").isBlank()) {
      throw refused("Please provide a valid first name.");
    }
    if (text(detail, "lastname").isBlank()) {
      throw refused("Please provide a valid last name.");
    }
    if (text(detail, "email").isBlank()) {
      throw refused("Please provide a valid email.");
    }
    List<JsonObject> lines = roomTypeLines(params);
    if (lines.isEmpty()) {
      throw refused("Requested room(s) not available.");
    }
    for (JsonObject line : lines) {
      validateRoomType(line);
      if (freeRooms(roomTypes.get(integer(line, "id_room_type")), lineFrom(line), lineTo(line))
              .size()
          < integer(line, "number_of_rooms")) {
        throw refused("Requested room(s) not available.");
      }
    }
    String paymentType =
        params.containsKey("payment_detail")
            ? text(params.getJsonObject("payment_detail"), "payment_type")
            : "";
    if (!paymentType.isEmpty()
        && !List.of("online", "remote", "pay at hotel").contains(paymentType)) {
      throw refused("Invalid payment type.");
    }
    if (params.containsKey("booking_status")
        && (integer(params, "booking_status") < 1 || integer(params, "booking_status") > 4)) {
      throw refused("Invalid booking status.");
    }
    if (params.containsKey("payment_status")
        && (integer(params, "payment_status") < 1 || integer(params, "payment_status") > 3)) {
      throw refused("Invalid payment status.");
    }
  }

  private void validateRoomType(JsonObject line) {
    if (!line.containsKey("id_room_type")) {
      throw refused("Id room type is missing");
    }
    if (!validDate(line, "checkin_date")) {
      throw refused("Invalid check in date in the request");
    }
    if (!validDate(line, "checkout_date")) {
      throw refused("Invalid check out date in the request");
    }
    if (!line.containsKey("number_of_rooms")) {
      throw refused("number of rooms is missing");
    }
    if (!roomTypes.containsKey(integer(line, "id_room_type"))) {
      throw refused("Invalid room type in the request");
    }
    List<JsonObject> rooms = rooms(line);
    if (!rooms.isEmpty() && rooms.size() != integer(line, "number_of_rooms")) {
      throw refused("Room count does not matches with the number of rooms");
    }
    if (lineFrom(line).isAfter(lineTo(line))) {
      throw refused("Invalid check in and check out dates in the request");
    }
  }

  private static int initialState(JsonObject params) {
    int bookingStatus =
        params.containsKey("booking_status") ? integer(params, "booking_status") : 1;
    return switch (bookingStatus) {
      case 2 -> PAYMENT_ACCEPTED;
      case 3 -> CANCELLED;
      case 4 -> REFUNDED;
      default ->
          params.containsKey("payment_status") && integer(params, "payment_status") == 1
              ? PAYMENT_ACCEPTED
              : AWAITING_PAYMENT;
    };
  }

  private Reply updateBooking(JsonObject params) {
    if (!params.containsKey("id") || integer(params, "id") == 0) {
      throw refused("id is required with PUT requests.");
    }
    Booking booking = bookings.get(integer(params, "id"));
    if (booking == null) {
      throw refused("Booking not found.");
    }
    if (params.containsKey("booking_status")
        && (integer(params, "booking_status") < 1 || integer(params, "booking_status") > 4)) {
      throw refused("Invalid booking status.");
    }
    List<JsonObject> lines = roomTypeLines(params);
    if (lines.isEmpty()) {
      throw refused("Rooms not found in the request.");
    }
    if (!Integer.toString(hotelId).equals(text(params, "id_property"))) {
      throw refused("Please provide a valid id_property.");
    }
    JsonObject detail =
        params.get("customer_detail") instanceof JsonObject object
            ? object
            : JsonValue.EMPTY_JSON_OBJECT;
    if (!customers.containsKey(text(detail, "email").toLowerCase())) {
      throw refused("Customer not found.");
    }
    lines.forEach(this::validateRoomType);
    booking.customer = customer(detail);

    // handlePutRequest(): held rooms whose type and dates are asked for stay, the rest of the asked
    // lines are added (after checking availability), the held rooms not asked for are removed.
    Map<String, Integer> askedCounts = new LinkedHashMap<>();
    Map<String, JsonObject> askedLines = new LinkedHashMap<>();
    for (JsonObject line : lines) {
      String key = integer(line, "id_room_type") + "_" + lineFrom(line) + "_" + lineTo(line);
      askedCounts.merge(key, integer(line, "number_of_rooms"), Integer::sum);
      askedLines.putIfAbsent(key, line);
    }
    List<HeldRoom> kept = new ArrayList<>();
    for (HeldRoom held : booking.rooms) {
      String key = held.roomTypeId() + "_" + held.from() + "_" + held.to();
      Integer wanted = askedCounts.get(key);
      if (wanted != null && wanted > 0) {
        kept.add(held);
        askedCounts.put(key, wanted - 1);
      }
    }
    List<JsonObject> toAdd = new ArrayList<>();
    askedCounts.forEach(
        (key, count) -> {
          if (count > 0) {
            JsonObject line = askedLines.get(key);
            if (freeRooms(
                        roomTypes.get(integer(line, "id_room_type")), lineFrom(line), lineTo(line))
                    .size()
                < count) {
              throw refused("Requested room(s) not available");
            }
            JsonObjectBuilder adjusted =
                Json.createObjectBuilder(line).add("number_of_rooms", count);
            List<JsonObject> rooms = rooms(line);
            if (!rooms.isEmpty()) {
              JsonArrayBuilder someRooms = Json.createArrayBuilder();
              rooms.subList(rooms.size() - count, rooms.size()).forEach(someRooms::add);
              adjusted.add("rooms", someRooms);
            }
            toAdd.add(adjusted.build());
          }
        });
    if (params.containsKey("booking_status")) {
      booking.state =
          switch (integer(params, "booking_status")) {
            case 2 -> PAYMENT_ACCEPTED;
            case 3 -> CANCELLED;
            case 4 -> REFUNDED;
            default -> AWAITING_PAYMENT;
          };
    }
    if (params.containsKey("remark")
        && !params.getString("remark", "").isBlank()
        && !booking.remarks.contains(params.getString("remark"))) {
      booking.remarks.add(params.getString("remark"));
    }
    booking.rooms.retainAll(kept);
    toAdd.forEach(line -> holdRooms(booking, line));
    booking.dateUpd = now();
    return Reply.json(200, details(booking));
  }

  private void holdRooms(Booking booking, JsonObject line) {
    RoomType type = roomTypes.get(integer(line, "id_room_type"));
    LocalDate from = lineFrom(line);
    LocalDate to = lineTo(line);
    List<Integer> free = freeRooms(type, from, to);
    List<JsonObject> rooms = rooms(line);
    int count = integer(line, "number_of_rooms");
    for (int i = 0; i < count; i++) {
      JsonObject room = i < rooms.size() ? rooms.get(i) : JsonValue.EMPTY_JSON_OBJECT;
      int adults = room.containsKey("adults") ? integer(room, "adults") : 2;
      // QloApps 1.7 (formatOccupancyInRequestData) sets children to 0 unless their ages are given.
      boolean withAges = room.get("child_ages") instanceof JsonArray ages && !ages.isEmpty();
      int children = withAges && room.containsKey("child") ? integer(room, "child") : 0;
      BigDecimal price = stayPrice(type, from, to);
      booking.rooms.add(
          new HeldRoom(
              nextHeldRoomId++,
              type.id(),
              free.get(i),
              from,
              to,
              adults,
              children,
              price,
              tax(price)));
    }
  }

  private JsonObject details(Booking booking) {
    BigDecimal withoutTax = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    Map<String, List<HeldRoom>> lines = new LinkedHashMap<>();
    for (HeldRoom room : booking.rooms) {
      withoutTax = withoutTax.add(room.priceWithoutTax());
      tax = tax.add(room.tax());
      lines
          .computeIfAbsent(
              room.roomTypeId() + "_" + room.from() + "_" + room.to(), key -> new ArrayList<>())
          .add(room);
    }
    JsonArrayBuilder roomTypeEntries = Json.createArrayBuilder();
    for (List<HeldRoom> line : lines.values()) {
      HeldRoom first = line.get(0);
      JsonArrayBuilder rooms = Json.createArrayBuilder();
      BigDecimal lineTax = BigDecimal.ZERO;
      for (HeldRoom room : line) {
        lineTax = lineTax.add(room.tax());
        rooms.add(
            Json.createObjectBuilder()
                .add("id_room", room.roomId())
                .add("id_hotel_booking", room.idHotelBooking())
                .add("adults", room.adults())
                .add("child", room.children())
                .add("unit_price_without_tax", room.priceWithoutTax())
                .add("total_tax", room.tax()));
      }
      roomTypeEntries.add(
          Json.createObjectBuilder()
              .add("id_room_type", first.roomTypeId())
              .add("checkin_date", first.from() + " 00:00:00")
              .add("checkout_date", first.to() + " 00:00:00")
              .add("total_tax", lineTax)
              .add("number_of_rooms", line.size())
              .add("name", roomTypes.get(first.roomTypeId()).name())
              .add("rooms", rooms));
    }
    JsonArrayBuilder remarks = Json.createArrayBuilder();
    booking.remarks.forEach(remarks::add);
    return Json.createObjectBuilder()
        .add(
            "booking",
            Json.createObjectBuilder()
                .add("id", booking.id)
                .add("id_property", hotelId)
                .add("currency", booking.currency)
                .add("source", booking.source)
                .add("booking_date", MYSQL.format(booking.dateAdd))
                .add("id_language", 1)
                .add(
                    "associations",
                    Json.createObjectBuilder()
                        .add(
                            "customer_detail",
                            Json.createObjectBuilder()
                                .add("id_customer", booking.customer.id())
                                .add("firstname", booking.customer.firstname())
                                .add("lastname", booking.customer.lastname())
                                .add("email", booking.customer.email())
                                .add("phone", ""))
                        .add(
                            "price_details",
                            Json.createObjectBuilder()
                                .add("total_paid", BigDecimal.ZERO)
                                .add("total_price_without_tax", withoutTax)
                                .add("total_tax", tax))
                        .add("cart_rules", JsonValue.EMPTY_JSON_ARRAY)
                        .add("remarks", remarks)
                        .add("room_types", roomTypeEntries)))
        .build();
  }

  // ---- orders and configurations

  private Reply showOrder(int id) {
    Booking booking = bookings.get(id);
    if (booking == null) {
      return errors(404, 87, "Id(s) not exists: " + id);
    }
    BigDecimal withoutTax =
        booking.rooms.stream()
            .map(HeldRoom::priceWithoutTax)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal tax =
        booking.rooms.stream().map(HeldRoom::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
    return Reply.json(
        200,
        Json.createObjectBuilder()
            .add(
                "order",
                Json.createObjectBuilder()
                    .add("id", booking.id)
                    .add("id_customer", Integer.toString(booking.customer.id()))
                    .add("current_state", Integer.toString(booking.state))
                    .add("module", "wsorder")
                    .add("payment", "Pay at hotel")
                    .add("total_paid_tax_incl", withoutTax.add(tax).toPlainString())
                    .add("total_paid_tax_excl", withoutTax.toPlainString())
                    .add("reference", "FAKE" + booking.id)
                    .add("date_add", MYSQL.format(booking.dateAdd))
                    .add("date_upd", MYSQL.format(booking.dateUpd)))
            .build());
  }

  private Reply configurations(RecordedRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("PS_OS_AWAITING_PAYMENT", Integer.toString(AWAITING_PAYMENT));
    values.put("PS_OS_PAYMENT_ACCEPTED", Integer.toString(PAYMENT_ACCEPTED));
    values.put("PS_OS_CANCELED", Integer.toString(CANCELLED));
    values.put("PS_OS_REFUND", Integer.toString(REFUNDED));
    values.put("PS_CURRENCY_DEFAULT", "1");
    List<String> names = new ArrayList<>(values.keySet());
    Optional<String> filter = request.queryParameter("filter[name]");
    if (filter.isPresent()) {
      String wanted = filter.get().replaceAll("^\\[|\\]$", "");
      names = List.of(wanted.split("\\|"));
    }
    String display = request.queryParameter("display").orElse(null);
    JsonArrayBuilder list = Json.createArrayBuilder();
    int id = 1;
    for (String name : values.keySet()) {
      if (names.contains(name)) {
        JsonObjectBuilder entry = Json.createObjectBuilder();
        if (display == null || display.equals("full") || display.contains("id")) {
          entry.add("id", id);
        }
        if (display != null && (display.equals("full") || display.contains("value"))) {
          entry.add("value", values.get(name));
        }
        if (display != null && (display.equals("full") || display.contains("name"))) {
          entry.add("name", name);
        }
        list.add(entry);
      }
      id++;
    }
    return Reply.json(200, Json.createObjectBuilder().add("configurations", list).build());
  }

  // ---- inventory and prices

  private List<Integer> freeRooms(RoomType type, LocalDate from, LocalDate to) {
    List<Integer> free = new ArrayList<>();
    for (int room : type.rooms()) {
      boolean taken =
          bookings.values().stream()
              .filter(Booking::holdsRooms)
              .flatMap(booking -> booking.rooms.stream())
              .anyMatch(
                  held ->
                      held.roomId() == room && held.from().isBefore(to) && held.to().isAfter(from));
      if (!taken) {
        free.add(room);
      }
    }
    return free;
  }

  private BigDecimal stayPrice(RoomType type, LocalDate from, LocalDate to) {
    BigDecimal total = BigDecimal.ZERO;
    Map<LocalDate, BigDecimal> special = nightPrices.getOrDefault(type.id(), Map.of());
    for (LocalDate night = from; night.isBefore(to); night = night.plusDays(1)) {
      total = total.add(special.getOrDefault(night, type.price()));
    }
    return total.setScale(6, RoundingMode.HALF_UP);
  }

  private BigDecimal tax(BigDecimal amount) {
    return amount.multiply(taxPercent).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
  }

  private BigDecimal withTax(BigDecimal amount) {
    return amount.add(tax(amount)).setScale(6, RoundingMode.HALF_UP);
  }

  private static long days(LocalDate from, LocalDate to) {
    return Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, to));
  }

  // ---- helpers

  private Customer customer(JsonObject detail) {
    String email = text(detail, "email").toLowerCase();
    Customer existing = customers.get(email);
    Customer customer =
        new Customer(
            existing == null ? nextCustomerId++ : existing.id(),
            text(detail, "firstname").isBlank() && existing != null
                ? existing.firstname()
                : text(detail, "firstname"),
            text(detail, "lastname").isBlank() && existing != null
                ? existing.lastname()
                : text(detail, "lastname"),
            text(detail, "email"));
    customers.put(email, customer);
    return customer;
  }

  private Booking booking(int id) {
    Booking booking = bookings.get(id);
    if (booking == null) {
      throw new IllegalArgumentException("No booking " + id + " in the fake QloApps");
    }
    return booking;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(zone).withNano(0);
  }

  private static List<JsonObject> roomTypeLines(JsonObject params) {
    return objects(params.get("room_types"), "room_type");
  }

  private static List<JsonObject> rooms(JsonObject line) {
    return objects(line.get("rooms"), "room");
  }

  /** A list as formatRoomTypesInRequestData() reads it: a JSON list or {"room_type": ...}. */
  private static List<JsonObject> objects(JsonValue value, String wrapper) {
    List<JsonObject> result = new ArrayList<>();
    if (value instanceof JsonArray array) {
      array.forEach(element -> result.add(element.asJsonObject()));
    } else if (value instanceof JsonObject object && object.containsKey(wrapper)) {
      JsonValue inner = object.get(wrapper);
      if (inner instanceof JsonArray array) {
        array.forEach(element -> result.add(element.asJsonObject()));
      } else {
        result.add(inner.asJsonObject());
      }
    }
    return result;
  }

  private static LocalDate lineFrom(JsonObject line) {
    return LocalDate.parse(text(line, "checkin_date").substring(0, 10));
  }

  private static LocalDate lineTo(JsonObject line) {
    return LocalDate.parse(text(line, "checkout_date").substring(0, 10));
  }

  private static boolean validDate(JsonObject line, String key) {
    try {
      LocalDate.parse(text(line, key).substring(0, 10));
      return true;
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  private static String text(JsonObject object, String key) {
    JsonValue value = object.get(key);
    if (value == null || value == JsonValue.NULL) {
      return "";
    }
    return switch (value.getValueType()) {
      case STRING -> object.getString(key);
      case NUMBER -> object.getJsonNumber(key).toString();
      default -> value.toString();
    };
  }

  private static int integer(JsonObject object, String key) {
    try {
      return new BigDecimal(text(object, key)).intValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Refusal refused(String message) {
    // WebserviceException($message, array(404, 400)): error code 404, HTTP status 400.
    return new Refusal(400, 404, message);
  }

  private static Reply errors(int status, int code, String message) {
    return Reply.json(
        status,
        Json.createObjectBuilder()
            .add("errors", Json.createArrayBuilder().add(error(code, message)))
            .build());
  }

  private static JsonObjectBuilder error(int code, String message) {
    return Json.createObjectBuilder().add("code", code).add("message", message);
  }

  private static String[] basicCredentials(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? new String[] {decoded, ""}
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
