package be.hestia.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommuneRepository implements PanacheRepositoryBase<Commune, String> {
}
