package be.hestia.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {
}
