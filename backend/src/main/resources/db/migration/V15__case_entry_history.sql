-- Entry history: an edit keeps the version it replaces (who wrote it, when, what it said), and the entry says
-- when and by whom it was last edited. A version is readable exactly as its entry is (CaseEntryService), and
-- goes with the entry's content when the file is anonymised (CaseFileAnonymiser).
alter table case_entry
    add column edited_at timestamptz,
    add column edited_by_id uuid references staff (id);

create table case_entry_version (
    id              uuid primary key,
    -- The entry's organisation, filled in by the database on insert (the V12 trigger below).
    organisation_id text not null references organisation (id),
    case_entry_id   uuid not null references case_entry (id),
    -- Denormalised from the entry: the anonymiser and the subject-access export work file by file.
    case_file_id    uuid not null references case_file (id),
    -- The entry's version number while it read like this.
    version         bigint not null,
    kind            text not null,
    occurred_at     timestamptz not null,
    participants    text,
    summary         text not null,
    note            text,
    visibility      text not null check (visibility in ('service', 'private')),
    written_by_id   uuid not null references staff (id),
    written_at      timestamptz not null,
    replaced_at     timestamptz not null,
    unique (case_entry_id, version)
);
create index case_entry_version_file_idx on case_entry_version (case_file_id);

create trigger case_entry_version_organisation before insert or update of case_entry_id on case_entry_version
    for each row execute function hestia_parent_organisation('case_entry', 'case_entry_id');

alter table case_entry_version enable row level security;
create policy organisation_rows on case_entry_version using (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope())) with check (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope()));

-- The timeline's filters: by author within a file (kind and period ride on the timeline index).
create index case_entry_author_idx on case_entry (case_file_id, author_id, occurred_at desc);
