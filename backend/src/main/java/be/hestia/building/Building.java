package be.hestia.building;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.OwnedRecord;

/** A building of a site: an address in a commune. */
@Entity
@Table(name = "building")
public class Building extends OwnedRecord {

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    /** Local name, e.g. "Bloc A". */
    public String name;

    @Column(nullable = false)
    public String street;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String postcode;

    /** Commune code (see the commune table). */
    @Column(nullable = false)
    public String commune;

    protected Building() {
    }

    public Building(String organisationId) {
        super(organisationId);
    }
}
