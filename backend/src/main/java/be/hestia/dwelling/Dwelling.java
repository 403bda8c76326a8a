package be.hestia.dwelling;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import be.hestia.common.OwnedRecord;

/** A dwelling of a building: the unit a household rents. */
@Entity
@Table(name = "dwelling")
public class Dwelling extends OwnedRecord {

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    /** Unit number, unique among the building's active dwellings. */
    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public int floor;

    @Column(nullable = false)
    public int bedrooms;

    /** studio, apartment, duplex, house or adapted (accessible to reduced mobility). */
    @Column(nullable = false)
    public String type;

    protected Dwelling() {
    }

    public Dwelling(String organisationId) {
        super(organisationId);
    }
}
