-- Staff profiles, recorded from the token at a person's first call and refreshed when it changes.
create table staff (
    id              uuid primary key,            -- the token's subject
    organisation_id text references organisation (id),
    username        text not null,
    display_name    text not null,
    roles           text[] not null,
    first_seen_at   timestamptz not null,
    updated_at      timestamptz not null
);
create index staff_organisation_idx on staff (organisation_id);
