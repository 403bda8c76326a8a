-- Appointments (a planned home visit, interview or call with a household, tied to its case file) and each worker's
-- personal calendar feed key.

create table appointment (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    case_file_id    uuid not null references case_file (id),
    kind            text not null check (kind in ('home-visit', 'office-interview', 'phone-call', 'other')),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    place           text,
    subject         text not null,            -- a short label ("Home visit"), not case content
    status          text not null check (status in ('planned', 'done', 'cancelled')),
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (ends_at > starts_at)
);
create index appointment_file_idx on appointment (case_file_id, starts_at);

-- The workers concerned; their agendas and feeds list the appointment.
create table appointment_worker (
    appointment_id  uuid not null references appointment (id) on delete cascade,
    staff_id        uuid not null references staff (id),
    organisation_id text not null references organisation (id),
    primary key (appointment_id, staff_id)
);
create index appointment_worker_staff_idx on appointment_worker (staff_id, appointment_id);
create trigger appointment_worker_organisation before insert or update of appointment_id on appointment_worker
    for each row execute function hestia_parent_organisation('appointment', 'appointment_id');

-- One feed key per worker. The key itself is never stored: it is an HMAC of a random nonce under the server's
-- secret (hestia.calendar-feed.secret), so that the worker can be shown their address again; only the nonce and a
-- SHA-256 hash of the key are kept. Renewing draws a new nonce: the old key's hash matches nothing any more.
create table calendar_feed_key (
    staff_id        uuid primary key references staff (id),
    organisation_id text not null references organisation (id),
    nonce           text not null,
    key_hash        text not null unique,
    created_at      timestamptz not null
);

-- Row-level security, as in V12.
alter table appointment enable row level security;
create policy organisation_rows on appointment using (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope())) with check (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope()));
alter table appointment_worker enable row level security;
create policy organisation_rows on appointment_worker using (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope())) with check (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope()));
alter table calendar_feed_key enable row level security;
create policy organisation_rows on calendar_feed_key using (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope())) with check (organisation_id = (select hestia_organisation())
    or (select hestia_system_scope()));

-- A calendar client has no token, so no organisation scope: this function (run as the schema owner, whom the policy
-- does not bind) answers the one question the feed needs before it knows the organisation, "whose key has this hash?",
-- and only for a worker who still belongs to the social service. Knowing a hash is not enough to read anything: the
-- feed is read with the key, whose hash the caller cannot invert.
create function calendar_feed_owner(hash text) returns table (staff_id uuid, organisation_id text)
    language sql stable security definer set search_path = pg_catalog, public as $$
    select k.staff_id, k.organisation_id
    from calendar_feed_key k
    join staff s on s.id = k.staff_id and s.organisation_id = k.organisation_id
    where k.key_hash = hash and s.roles && array['social-worker', 'service-manager']
$$;
revoke all on function calendar_feed_owner(text) from public;
grant execute on function calendar_feed_owner(text) to "${app_role}";
