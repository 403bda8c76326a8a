-- Social case files, under professional secrecy.

create table case_file (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    household_id    uuid not null references household (id),
    referent_id     uuid references staff (id),
    status          text not null check (status in ('open', 'active', 'closed', 'archived')),
    themes          text[] not null,
    request_source  text not null check (request_source in ('tenant', 'colleague', 'partner')),
    request_detail  text,
    closing_reason  text,
    opened_at       timestamptz not null,
    closed_at       timestamptz,
    last_activity_at timestamptz not null,
    retired_at      timestamptz,             -- never set: case files are closed, then archived
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index case_file_household_idx on case_file (household_id);
create index case_file_referent_idx on case_file (organisation_id, referent_id, status);
create index case_file_activity_idx on case_file (organisation_id, last_activity_at desc);

create table case_file_transition (
    id           uuid primary key,
    case_file_id uuid not null references case_file (id),
    from_status  text,
    to_status    text not null,
    at           timestamptz not null,
    by_id        uuid not null references staff (id),
    reason       text
);
create index case_file_transition_file_idx on case_file_transition (case_file_id, at);

create table case_entry (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    case_file_id    uuid not null references case_file (id),
    kind            text not null check (kind in ('office-interview', 'drop-in', 'phone-call', 'home-visit',
                                                  'letter-email', 'welcome-visit', 'handover')),
    occurred_at     timestamptz not null,
    author_id       uuid not null references staff (id),
    participants    text,
    summary         text not null,
    note            text,
    visibility      text not null check (visibility in ('service', 'private')),
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
-- The timeline: newest first, paged; private entries filtered by author in the same index range.
create index case_entry_timeline_idx on case_entry (case_file_id, occurred_at desc, id);

-- Every read and write of case content. Insert-only: see the trigger below.
create table access_log (
    id              bigint generated always as identity primary key,
    at              timestamptz not null default now(),
    organisation_id text,
    actor_id        uuid not null,
    actor_name      text not null,
    action          text not null,
    record_type     text not null,
    record_id       uuid not null,
    household_id    uuid,
    reason          text,
    client_address  text,
    session_id      text
);
create index access_log_actor_idx on access_log (actor_id, at desc);
create index access_log_household_idx on access_log (household_id, at desc);
create index access_log_at_idx on access_log (organisation_id, at desc);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the access log is append-only';
end
$$;
create trigger access_log_append_only before update or delete on access_log
    for each statement execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();
