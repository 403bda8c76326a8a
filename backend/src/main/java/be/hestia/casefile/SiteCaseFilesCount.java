package be.hestia.casefile;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.hestia.site.SiteCaseFiles;

/** Answers sites about their households' followed files: a count, no household, nothing to log. */
@ApplicationScoped
public class SiteCaseFilesCount implements SiteCaseFiles {

    private final CaseFileRepository files;

    public SiteCaseFilesCount(CaseFileRepository files) {
        this.files = files;
    }

    @Override
    public int openFilesToMove(String organisationId, UUID siteId, UUID referentId) {
        return files.countToMove(organisationId, siteId, referentId);
    }
}
