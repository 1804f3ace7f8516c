package org.omotenashi.concierge.web.api.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.hotel.Department;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.staff.NewStaffAccount;
import org.omotenashi.concierge.staff.StaffAccount;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.staff.StaffService;

/** Staff accounts: administrators list and open them; everyone may see who they are signed in as. */
@Path("v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Staff accounts")
public class StaffResource {
  @Inject StaffService staff;
  @Inject PropertyService properties;

  public record StaffView(
      String username, String name, StaffRole role, String department, boolean active, Instant createdAt) {
    static StaffView of(StaffAccount account) {
      return new StaffView(
          account.getUsername(),
          account.getDisplayName(),
          account.getRole(),
          account.findDepartmentCode().orElse(null),
          account.isActive(),
          account.getCreatedAt());
    }
  }

  public record NewStaffRequest(
      @NotBlank @Size(max = StaffAccount.USERNAME_MAX) @Pattern(regexp = "[a-z0-9._-]+",
          message = "may contain only lower-case letters, digits, '.', '_' and '-'")
          String username,
      @NotBlank @Size(max = StaffAccount.DISPLAY_NAME_MAX) String name,
      @NotNull StaffRole role,
      String department,
      @NotBlank @Size(max = 256) String password) {
    /** Declared so that the constraints stay off its parameters (see AuthResource). */
    public NewStaffRequest(
        String username, String name, StaffRole role, String department, String password) {
      this.username = username;
      this.name = name;
      this.role = role;
      this.department = department;
      this.password = password;
    }
  }

  @GET
  @RolesAllowed(StaffRole.Names.ADMIN)
  @Operation(summary = "All staff accounts")
  public List<StaffView> list() {
    return staff.list().stream().map(StaffView::of).toList();
  }

  @GET
  @Path("me")
  @RolesAllowed({StaffRole.Names.ADMIN, StaffRole.Names.AGENT, StaffRole.Names.DEPARTMENT})
  @Operation(summary = "The signed-in staff member")
  public StaffView me(@Context SecurityContext security) {
    return staff
        .findByUsername(security.getUserPrincipal().getName())
        .map(StaffView::of)
        .orElseThrow(jakarta.ws.rs.NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(StaffRole.Names.ADMIN)
  @Operation(summary = "Open a staff account; 409 when the user name is taken")
  public Response create(@NotNull @Valid NewStaffRequest request, @Context UriInfo uri) {
    var departments =
        properties.getProperty().getDepartments().stream()
            .map(Department::getCode)
            .collect(Collectors.toSet());
    StaffAccount account =
        staff.create(
            new NewStaffAccount(
                request.username(), request.name(), request.role(), request.department(),
                request.password()),
            departments);
    return Response.created(uri.getAbsolutePathBuilder().path(account.getUsername()).build())
        .entity(StaffView.of(account))
        .build();
  }
}
