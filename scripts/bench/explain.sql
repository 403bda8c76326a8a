-- EXPLAIN (ANALYZE, BUFFERS) of each bench scenario's main queries, as the backend sends them for
-- sw-binhome (00000000-0000-4000-8000-000000000101) and manager-binhome in BinHôme. psql variable:
-- long_file (the case file of the long timeline). Keep in step with the repositories:
-- HouseholdSearch (q=vandenbusche: one word, normalised), CaseEntryRepository, CaseFileRepository.
\set ON_ERROR_STOP on
\set sw '''00000000-0000-4000-8000-000000000101'''
\set file '''' :long_file ''''
set max_parallel_workers_per_gather = 0; -- as under load: no idle core to run workers on

\echo '-- household-search: the page with its count (HouseholdSearch)'
explain (analyze, buffers)
with matched as (
  select m.household_id, word_similarity('vandenbusche', m.compact_name) as score
  from household_member m
  where (m.search_text like '%vandenbusche%') or m.compact_name like '%vandenbusche%'
     or 'vandenbusche' <% m.compact_name
  union all
  (select ll.household_id, cast(0 as real)
  from building lb
  join site ls on ls.id = lb.site_id
  join dwelling ld on ld.building_id = lb.id
  join lease ll on ll.dwelling_id = ld.id and ll.end_date is null
  where lb.organisation_id = 'BINHOME'
    and lb.id in (select b.id from building b
                  where b.organisation_id = 'BINHOME' and b.search_text like '%vandenbusche%'
                  union all
                  select b.id from site s join building b on b.site_id = s.id
                  where s.organisation_id = 'BINHOME' and s.search_text like '%vandenbusche%')
    and (ld.search_text || ' ' || lb.search_text || ' ' || ls.search_text) like '%vandenbusche%'
  limit 1001)
), found as (
  select h.id, max(x.score) as score
  from matched x join household h on h.id = x.household_id
  where h.organisation_id = 'BINHOME' and h.retired_at is null
  group by h.id
  order by score desc, h.id
  limit 1001
), ranked as (
  select h.id, f.score, count(*) over () as total
  from found f join household h on h.id = f.id
  join household_member r on r.household_id = h.id and r.role = 'reference-tenant'
  order by f.score desc, lower(r.last_name), lower(r.first_name), h.id
  limit 20 offset 0
)
select h.id, h.external_ref, r.first_name || ' ' || r.last_name as name,
  (select count(*) from household_member m where m.household_id = h.id) as member_count, l.dwelling_id,
  exists (select 1 from case_file cf where cf.household_id = h.id and cf.status in ('open', 'active')) as followed,
  (select cf.referent_id from case_file cf where cf.household_id = h.id and cf.status in ('open', 'active')
    order by cf.opened_at desc limit 1) as referent_id,
  k.total
from ranked k join household h on h.id = k.id
join household_member r on r.household_id = h.id and r.role = 'reference-tenant'
left join lease l on l.household_id = h.id and l.end_date is null
order by k.score desc, lower(r.last_name), lower(r.first_name), h.id;

\echo '-- open-long-timeline: the first page (CaseEntryRepository.timeline)'
explain (analyze, buffers)
select * from case_entry
where case_file_id = :file and (visibility = 'service' or author_id = :sw)
order by occurred_at desc, id offset 0 rows fetch first 20 rows only;

\echo '-- open-long-timeline: its count (CaseEntryRepository.countTimeline)'
explain (analyze, buffers)
select count(*) from case_entry where case_file_id = :file and (visibility = 'service' or author_id = :sw);

\echo '-- open-case-file: the file and its transitions (CaseFileRepository)'
explain (analyze, buffers)
select f.*, t.* from case_file f left join case_file_transition t on t.case_file_id = f.id
where f.id = :file and f.organisation_id = 'BINHOME' order by t.at;

\echo '-- my-caseload: the page (CaseFileRepository.page, mine=true)'
explain (analyze, buffers)
select f.id, f.household_id, r.first_name || ' ' || r.last_name as household_name, f.status, f.themes,
       f.referent_id, f.opened_at, f.last_activity_at
from case_file f
join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
where f.organisation_id = 'BINHOME' and f.referent_id = :sw
order by f.last_activity_at desc, f.id limit 20 offset 0;

\echo '-- my-caseload: its count, up to the limit (NativeSearch.countUpToLimit)'
explain (analyze, buffers)
select count(*) from (select 1 from case_file f where f.organisation_id = 'BINHOME' and f.referent_id = :sw
  limit 1001) counted;

\echo '-- manager-overview: every worker''s caseload (CaseFileRepository.caseloads)'
explain (analyze, buffers)
with files as (
  select f.referent_id, count(*) filter (where f.status = 'open') as open,
         count(*) filter (where f.status = 'active') as active,
         count(*) filter (where f.last_activity_at < now() - interval '30 days') as quiet
  from case_file f
  where f.organisation_id = 'BINHOME' and f.status in ('open', 'active')
  group by f.referent_id
), tasks as (
  select t.assignee_id, count(*) as overdue
  from follow_up_task t
  where t.organisation_id = 'BINHOME' and t.done_at is null and t.due_date < current_date
  group by t.assignee_id
), workers as (
  select s.id from staff s where s.organisation_id = 'BINHOME' and 'social-worker' = any(s.roles)
), referents as (
  select coalesce(w.id, f.referent_id) as referent_id, coalesce(f.open, 0) as open,
         coalesce(f.active, 0) as active, coalesce(f.quiet, 0) as quiet
  from workers w full join files f on f.referent_id = w.id
)
select coalesce(r.referent_id, t.assignee_id) as referent_id, coalesce(r.open, 0) as open,
       coalesce(r.active, 0) as active, coalesce(r.quiet, 0) as quiet, coalesce(t.overdue, 0) as overdue
from referents r full join tasks t on t.assignee_id = r.referent_id;

\echo '-- manager-active-files: the page (CaseFileRepository.page, status=active)'
explain (analyze, buffers)
select f.id, f.household_id, r.first_name || ' ' || r.last_name as household_name, f.status, f.themes,
       f.referent_id, f.opened_at, f.last_activity_at
from case_file f
join household_member r on r.household_id = f.household_id and r.role = 'reference-tenant'
where f.organisation_id = 'BINHOME' and f.status = 'active'
order by f.last_activity_at desc, f.id limit 50 offset 0;

\echo '-- manager-active-files: its count, up to the limit (NativeSearch.countUpToLimit)'
explain (analyze, buffers)
select count(*) from (select 1 from case_file f where f.organisation_id = 'BINHOME' and f.status = 'active'
  limit 1001) counted;
