-- A handover entry is written by Hestia when a household moves. It used to be stored as English text
-- ("Handover: A → B"); it is now stored language-neutral: who handed over to whom, rendered by the SPA
-- and the subject-access document in the reader's language. Its summary stays empty, like an
-- anonymised entry's.
alter table case_entry
    add column handover_from_id uuid references staff (id),
    add column handover_to_id uuid references staff (id);

-- Entries written before this migration: recover the two people from the English text when each name
-- belongs to exactly one staff member of the organisation; others keep their text.
with parsed as (
    select e.id, e.organisation_id,
           substring(e.summary from '^Handover: (.*) → ') as from_name,
           substring(e.summary from ' → (.*)$') as to_name
    from case_entry e
    where e.kind = 'handover' and e.summary like 'Handover: % → %'
), unique_names as (
    select organisation_id, display_name, min(id::text)::uuid as id
    from staff group by organisation_id, display_name having count(*) = 1
), resolved as (
    select p.id, f.id as from_id, t.id as to_id, p.from_name
    from parsed p
    join unique_names t on t.organisation_id = p.organisation_id and t.display_name = p.to_name
    left join unique_names f on f.organisation_id = p.organisation_id and f.display_name = p.from_name
)
update case_entry e
set handover_from_id = r.from_id, handover_to_id = r.to_id, summary = '', note = null
from resolved r
where e.id = r.id and (r.from_id is not null or r.from_name = '—');
