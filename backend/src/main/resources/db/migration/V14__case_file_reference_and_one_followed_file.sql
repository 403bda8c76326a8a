-- Case files get a readable reference (2026-0042), and a household has one followed (open or active) file at most.

-- 1. The reference: the year of opening (Brussels time) and a number per organisation and year, from a counter that
-- an insert takes under a row lock (two files opened at once get two numbers, never the same one).
create table case_file_counter (
    organisation_id text not null references organisation (id),
    opening_year    integer not null,
    last_number     integer not null,
    primary key (organisation_id, opening_year)
);
alter table case_file_counter enable row level security;
create policy organisation_rows on case_file_counter
    using (organisation_id = (select hestia_organisation()) or (select hestia_system_scope()))
    with check (organisation_id = (select hestia_organisation()) or (select hestia_system_scope()));

-- At least four digits: 2026-0042; a 10,000th file of the year reads 2026-10000 (lpad would cut it).
create function case_file_reference_of(year_opened integer, number integer) returns text language sql immutable as $$
    select year_opened || '-' || case when number < 10000 then lpad(number::text, 4, '0') else number::text end
$$;

alter table case_file add column reference text;

-- Existing files, numbered in opening order within their organisation and year.
with numbered as (
    select id, extract(year from opened_at at time zone 'Europe/Brussels')::integer as opening_year,
           row_number() over (partition by organisation_id, extract(year from opened_at at time zone 'Europe/Brussels')
                              order by opened_at, id)::integer as number
    from case_file
)
update case_file f set reference = case_file_reference_of(n.opening_year, n.number)
from numbered n where n.id = f.id;

insert into case_file_counter (organisation_id, opening_year, last_number)
select organisation_id, extract(year from opened_at at time zone 'Europe/Brussels')::integer, count(*)
from case_file
group by organisation_id, extract(year from opened_at at time zone 'Europe/Brussels')::integer;

alter table case_file alter column reference set not null;
create unique index case_file_reference_uk on case_file (organisation_id, reference);

-- Every insert gets its number here, whoever inserts (the service, the demo data, a test): the counter row is
-- created or incremented in the inserting transaction, under the caller's row-level security.
create function case_file_take_reference() returns trigger language plpgsql as $$
declare
    year_opened integer := extract(year from new.opened_at at time zone 'Europe/Brussels')::integer;
    taken integer;
begin
    if new.reference is null then
        insert into case_file_counter as c (organisation_id, opening_year, last_number)
        values (new.organisation_id, year_opened, 1)
        on conflict (organisation_id, opening_year) do update set last_number = c.last_number + 1
        returning c.last_number into taken;
        new.reference := case_file_reference_of(year_opened, taken);
    end if;
    return new;
end
$$;
create trigger case_file_reference before insert on case_file
    for each row execute function case_file_take_reference();

-- 2. One followed file per household. The service refuses a second one with a link to the first; this index holds
-- the rule against two requests at once.
--
-- Households that already have several followed files keep them all: closing a file is a professional decision
-- (with a closing reason, by its referent), not one a migration can make, and nothing of a file's content may be
-- lost. The most recently active one is covered by the index; the others are marked `followed_alongside` and stay
-- followed until their referent closes them (then the mark goes, and a reopening is checked like any other). While
-- one of them is followed, no other file can be opened or reopened for the household.
alter table case_file add column followed_alongside boolean not null default false;
comment on column case_file.followed_alongside is
    'Followed alongside another file of its household since before V14 (one followed file per household); cleared when closed';

with ranked as (
    select id, row_number() over (partition by household_id order by last_activity_at desc, opened_at desc, id) as n
    from case_file
    where status in ('open', 'active') and household_id is not null
)
update case_file f set followed_alongside = true from ranked r where r.id = f.id and r.n > 1;

create unique index case_file_followed_uk on case_file (household_id)
    where status in ('open', 'active') and not followed_alongside;

create function case_file_clear_followed_alongside() returns trigger language plpgsql as $$
begin
    new.followed_alongside := false;
    return new;
end
$$;
create trigger case_file_followed_alongside before update of status on case_file
    for each row when (new.followed_alongside and new.status not in ('open', 'active'))
    execute function case_file_clear_followed_alongside();
