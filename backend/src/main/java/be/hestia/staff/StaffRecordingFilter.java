package be.hestia.staff;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import be.hestia.security.CurrentUser;

/**
 * Refreshes the caller's staff profile on their first call (and when their token changes) and marks their first
 * sign-in; the row itself usually exists already, from the staff directory ({@link StaffDirectorySync}), under the
 * same id (the token's subject). Runs on the worker thread of the (blocking) endpoint.
 */
public class StaffRecordingFilter {

    private final StaffService staff;
    private final CurrentUser user;

    public StaffRecordingFilter(StaffService staff, CurrentUser user) {
        this.staff = staff;
        this.user = user;
    }

    @ServerRequestFilter
    public void record() {
        staff.record(user);
    }
}
