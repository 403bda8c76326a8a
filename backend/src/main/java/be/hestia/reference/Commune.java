package be.hestia.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the nineteen communes of the Region. Reference data, seeded by Flyway. */
@Entity
@Table(name = "commune")
public class Commune {

    @Id
    public String code;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "postcodes", nullable = false, columnDefinition = "text[]")
    public String[] postcodes;
}
