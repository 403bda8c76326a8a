-- Documents attached to a case file or to one of its entries. The content sits in its own table so
-- that lists never read it; both go together (a description without content cannot exist).

create table attachment (
    id              uuid primary key,
    organisation_id text not null references organisation (id),
    case_file_id    uuid not null references case_file (id),
    case_entry_id   uuid references case_entry (id),  -- a private entry's attachment is private too
    file_name       text not null check (length(file_name) between 1 and 200),
    media_type      text not null,
    size_bytes      bigint not null check (size_bytes > 0),
    sha256          text not null check (length(sha256) = 64),
    uploaded_by_id  uuid not null references staff (id),
    version         bigint not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index attachment_file_idx on attachment (case_file_id, created_at desc);
create index attachment_entry_idx on attachment (case_entry_id) where case_entry_id is not null;

create table attachment_content (
    attachment_id uuid primary key references attachment (id) on delete cascade,
    content       bytea not null
);
