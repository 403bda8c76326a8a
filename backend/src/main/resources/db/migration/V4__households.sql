-- Households, their members and their leases.

-- Normalised and without spaces: "Van den Bussche" and "Vandenbussche" become one word.
create function hestia_compact(input text) returns text
language sql immutable parallel safe strict as $$
  select replace(hestia_normalize(input), ' ', '')
$$;

create table household (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    external_ref    text,
    retired_at      timestamptz,
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create unique index household_external_ref_uk on household (organisation_id, external_ref) where external_ref is not null;
create index household_organisation_idx on household (organisation_id);

create table household_member (
    id                 uuid primary key,
    household_id       uuid not null references household (id),
    first_name         text not null,
    last_name          text not null,
    birth_date         date,
    preferred_language text not null check (preferred_language in ('fr', 'nl')),
    phone              text,
    email              text,
    role               text not null check (role in ('reference-tenant', 'partner', 'child', 'other')),
    position           integer not null,
    -- Names normalised, and the same without spaces so that "Vandenbussche" meets "Van den Bussche".
    search_text        text generated always as (hestia_normalize(first_name || ' ' || last_name)) stored,
    compact_name       text generated always as (hestia_compact(last_name || ' ' || first_name)) stored
);
create index household_member_household_idx on household_member (household_id);
create index household_member_search_trgm_idx on household_member using gin (search_text gin_trgm_ops);
create index household_member_compact_trgm_idx on household_member using gin (compact_name gin_trgm_ops);

create table lease (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    household_id    uuid not null references household (id),
    dwelling_id     uuid not null references dwelling (id),
    start_date      date not null,
    end_date        date,
    created_at      timestamptz not null,
    check (end_date is null or end_date >= start_date)
);
create index lease_household_idx on lease (household_id, start_date desc);
create unique index lease_current_uk on lease (household_id) where end_date is null;
create index lease_dwelling_idx on lease (dwelling_id) where end_date is null;
