-- Places: sites, their buildings, their dwellings. Every row belongs to one organisation.

create table site (
    id                         uuid primary key,
    organisation_id            text not null references organisation (id),
    name                       text not null,
    description                text,
    referent_social_worker_id  uuid references staff (id),
    collective_worker_id       uuid references staff (id),
    retired_at                 timestamptz,
    version                    bigint not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    search_text                text generated always as (hestia_normalize(name)) stored
);
create unique index site_name_active_uk on site (organisation_id, lower(name)) where retired_at is null;
create index site_organisation_idx on site (organisation_id, lower(name));
create index site_search_trgm_idx on site using gin (search_text gin_trgm_ops);

create table building (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    site_id         uuid not null references site (id),
    name            text,
    street          text not null,
    number          text not null,
    postcode        text not null,
    commune         text not null references commune (code),
    retired_at      timestamptz,
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    -- The commune's names are added by the search queries (they live in the commune table).
    search_text     text generated always as (
        hestia_normalize(coalesce(name, '') || ' ' || street || ' ' || number || ' ' || postcode)) stored
);
create index building_site_idx on building (site_id);
create index building_organisation_idx on building (organisation_id, commune);
create index building_search_trgm_idx on building using gin (search_text gin_trgm_ops);

create table dwelling (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    building_id     uuid not null references building (id),
    unit            text not null,
    floor           integer not null,
    bedrooms        integer not null,
    type            text not null check (type in ('studio', 'apartment', 'duplex', 'house', 'adapted')),
    retired_at      timestamptz,
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create unique index dwelling_unit_active_uk on dwelling (building_id, lower(unit)) where retired_at is null;
create index dwelling_organisation_idx on dwelling (organisation_id);

-- True when every word of the query appears in the haystack (both normalised); true for no query.
create function hestia_matches(haystack text, query text) returns boolean
language sql immutable parallel safe as $$
  select query is null or not exists (
    select 1 from unnest(string_to_array(hestia_normalize(query), ' ')) as word
    where word <> '' and position(word in coalesce(haystack, '')) = 0)
$$;
