package be.hestia.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person of a household. Exactly one member of each household is its reference tenant. */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    public static final String REFERENCE_TENANT = "reference-tenant";

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false, updatable = false)
    public UUID householdId;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** fr or nl: the language of what Hestia sends this person. */
    @Column(name = "preferred_language", nullable = false)
    public String preferredLanguage;

    public String phone;

    public String email;

    @Column(nullable = false)
    public String role;

    /** Order of the members as entered. */
    @Column(nullable = false)
    public int position;

    public String fullName() {
        return firstName + " " + lastName;
    }
}
