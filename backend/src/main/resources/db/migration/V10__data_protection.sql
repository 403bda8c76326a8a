-- Data protection: the retention of closed case files (report, notice, legal holds, runs).

-- An anonymised case file no longer belongs to a household: the link is removed with the content.
alter table case_file alter column household_id drop not null;

-- One retention run of one organisation: the scheduled job (reports, then anonymises what is due)
-- or a dry run the DPO asked for (reports only).
create table retention_run (
    id                uuid primary key,
    organisation_id   text not null references organisation (id),
    started_at        timestamptz not null,
    trigger           text not null check (trigger in ('schedule', 'on-demand')),
    requested_by_id   uuid,
    requested_by_name text,
    dry_run           boolean not null,
    closed_before     timestamptz not null,
    reported          integer not null,
    held              integer not null,
    due               integer not null,
    anonymised        integer not null
);
create index retention_run_organisation_idx on retention_run (organisation_id, started_at desc);

-- The report: files past the retention period, since the run that first reported them. A file
-- leaves it when it is anonymised, reopened or held; its notice period then starts again.
create table retention_notice (
    case_file_id      uuid primary key references case_file (id),
    organisation_id   text not null references organisation (id),
    first_reported_at timestamptz not null
);
create index retention_notice_organisation_idx on retention_notice (organisation_id, first_reported_at);

-- A legal hold keeps a file from anonymisation until the DPO releases it.
create table retention_hold (
    case_file_id    uuid primary key references case_file (id),
    organisation_id text not null references organisation (id),
    reason          text not null,
    placed_at       timestamptz not null,
    placed_by_id    uuid not null,
    placed_by_name  text not null
);
create index retention_hold_organisation_idx on retention_hold (organisation_id);

-- Which run anonymised which file: the trace of what was done (the content itself is gone).
create table retention_anonymised (
    case_file_id    uuid primary key references case_file (id),
    run_id          uuid not null references retention_run (id),
    anonymised_at   timestamptz not null
);
create index retention_anonymised_run_idx on retention_anonymised (run_id);

-- The job looks for closed files by organisation and closing date.
create index case_file_closed_idx on case_file (organisation_id, closed_at)
    where status in ('closed', 'archived') and household_id is not null;
