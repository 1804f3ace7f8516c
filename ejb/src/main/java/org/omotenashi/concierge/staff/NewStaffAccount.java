package org.omotenashi.concierge.staff;

/** What it takes to open a staff account; {@code departmentCode} only for DEPARTMENT members. */
public record NewStaffAccount(
    String username, String displayName, StaffRole role, String departmentCode, String password) {}
