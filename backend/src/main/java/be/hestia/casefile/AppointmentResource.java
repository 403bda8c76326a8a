package be.hestia.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.resteasy.reactive.RestResponse;

import be.hestia.api.AppointmentsApi;
import be.hestia.api.model.Appointment;
import be.hestia.api.model.AppointmentInput;
import be.hestia.api.model.AppointmentUpdate;
import be.hestia.common.Responses;
import be.hestia.security.Roles;

/** Appointments of case files: the social service only, like the files themselves. */
@RolesAllowed({ Roles.SOCIAL_WORKER, Roles.SERVICE_MANAGER })
public class AppointmentResource implements AppointmentsApi {

    private final AppointmentService appointments;

    public AppointmentResource(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @Override
    public RestResponse<List<Appointment>> listAppointments(UUID caseFileId, String reason) {
        return RestResponse.ok(appointments.list(caseFileId, reason));
    }

    @Override
    public RestResponse<Appointment> addAppointment(UUID caseFileId, AppointmentInput input, String reason) {
        Appointment appointment = appointments.add(caseFileId, reason, input);
        return Responses.created("/api/v1/case-files/" + caseFileId + "/appointments/" + appointment.getId(),
                appointment, appointment.getVersion());
    }

    @Override
    public RestResponse<Appointment> updateAppointment(UUID caseFileId, UUID appointmentId, String ifMatch,
            AppointmentUpdate input, String reason) {
        Appointment appointment = appointments.update(caseFileId, appointmentId, ifMatch, reason, input);
        return Responses.ok(appointment, appointment.getVersion());
    }
}
