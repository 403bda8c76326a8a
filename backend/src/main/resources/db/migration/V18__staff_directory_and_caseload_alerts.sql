-- The staff directory comes from Keycloak's users (synced by the backend with its service account), not only from
-- tokens: a colleague can be assigned before their first sign-in. A person disabled or removed in Keycloak is kept,
-- inactive: case files, entries and the access log name them.
alter table staff
    add column active boolean not null default true,
    add column signed_in_at timestamptz,
    add column synced_at timestamptz;
-- Every row so far was recorded from a token: that person has signed in.
update staff set signed_in_at = first_seen_at;
comment on column staff.first_seen_at is 'When Hestia first knew the person: their first sign-in or the directory sync';
comment on column staff.signed_in_at is 'First sign-in to Hestia; null for someone known from the directory only';

-- A household that moves to a site without a referent keeps its referent for now; its followed file waits for one
-- and shows in the service manager's alerts until the site gets a referent or the file is given to someone.
alter table case_file
    add column awaiting_referent_site_id uuid references site (id),
    add column awaiting_referent_since timestamptz;
create index case_file_awaiting_referent_idx on case_file (organisation_id, awaiting_referent_site_id)
    where awaiting_referent_site_id is not null;

-- Why a file changed hands, for the reader's language: null on older handovers, which all came from a move.
alter table case_entry add column handover_reason text
    check (handover_reason in ('household-moved', 'reassigned', 'site-referent-changed'));
