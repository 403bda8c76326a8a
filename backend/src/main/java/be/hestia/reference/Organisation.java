package be.hestia.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A SISP. Its id is the code carried in staff tokens (e.g. BINHOME). Reference data, seeded by Flyway. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    public String id;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;
}
