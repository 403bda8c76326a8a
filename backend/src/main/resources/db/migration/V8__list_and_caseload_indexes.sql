-- Indexes for lists at ten times the Region (400,000 households, 5 million entries in one organisation),
-- each chosen from EXPLAIN (ANALYZE, BUFFERS) of the query it serves (see the README's benchmark).

-- The household search reaches the dwellings of the buildings it found (the unit index is partial).
create index dwelling_building_idx on dwelling (building_id);

-- The household list without a query: by the reference tenant's name, read in order, one page at a time.
create index household_member_tenant_name_idx on household_member (lower(last_name), lower(first_name), household_id)
    where role = 'reference-tenant';

-- A worker's caseload, most recently active first, and its count per status without the table.
create index case_file_referent_activity_idx on case_file (organisation_id, referent_id, last_activity_at desc, id)
    include (status);
drop index case_file_referent_idx;

-- The manager's list of one status, most recently active first, and its count without the table.
create index case_file_status_activity_idx on case_file (organisation_id, status, last_activity_at desc, id);

-- Every worker's caseload (GET /caseloads): the followed files only, counted from the index alone.
create index case_file_followed_idx on case_file (organisation_id, referent_id) include (status, last_activity_at)
    where status in ('open', 'active');

-- Overdue tasks of the organisation (GET /caseloads): open tasks by due date, with their assignee.
create index follow_up_task_overdue_idx on follow_up_task (organisation_id, due_date) include (assignee_id)
    where done_at is null;

-- The timeline and its count: who may read an entry is decided from the index (private notes stay
-- filtered in the query), so that counting a 10,000-entry timeline reads no table page.
create index case_entry_readable_idx on case_entry (case_file_id, occurred_at desc, id) include (visibility, author_id);
drop index case_entry_timeline_idx;

-- "Has this person stated a reason for this file in this session?" (each access outside one's caseload)
-- must not read everything the person ever opened.
create index access_log_reason_idx on access_log (actor_id, record_id) where reason is not null;
