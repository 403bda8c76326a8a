-- Referrals to partner organisations and follow-up tasks of case files.

create table referral (
    id                  uuid primary key,
    organisation_id     text not null references organisation (id),
    case_file_id        uuid not null references case_file (id),
    partner_kind        text not null,
    partner_name        text not null,
    reason              text not null,
    consent_recorded_at timestamptz not null,  -- no referral without the household's consent
    consent_note        text,
    status              text not null check (status in ('sent', 'accepted', 'refused', 'completed')),
    outcome             text,
    referred_by_id      uuid not null references staff (id),
    version             bigint not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index referral_file_idx on referral (case_file_id, created_at desc);

create table follow_up_task (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    case_file_id    uuid not null references case_file (id),
    title           text not null,
    due_date        date not null,
    assignee_id     uuid not null references staff (id),
    done_at         timestamptz,
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index follow_up_task_file_idx on follow_up_task (case_file_id);
-- "My agenda": a worker's open tasks by due date.
create index follow_up_task_agenda_idx on follow_up_task (assignee_id, due_date) where done_at is null;
