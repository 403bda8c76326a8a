package be.hestia.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public List<Referral> ofFile(UUID caseFileId) {
        return list("caseFileId = ?1 order by createdAt desc", caseFileId);
    }

    public Optional<Referral> findInFileForUpdate(UUID caseFileId, UUID id) {
        return find("id = :id and caseFileId = :file", Parameters.with("id", id).and("file", caseFileId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
