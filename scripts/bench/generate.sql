-- Bench data generator: one organisation (BinHôme) at a chosen scale, on top of the demo data.
-- psql variables: households (e.g. 40000 = the Region, 400000 = ten times), entries (total case
-- entries, e.g. 500000 or 5000000), workers (social workers sharing the caseload, default 200).
-- Everything lands in ONE organisation: the worst case for organisation-scoped queries.
-- Idempotent per scale: does nothing when the bench households already exist.
\set ON_ERROR_STOP on
select (count(*) > 0) as already from household where external_ref like 'BENCH-%' \gset
\if :already
  \echo 'bench data already present'
  \quit
\endif

begin;
create temporary table names_last(i int, v text);
insert into names_last select row_number() over (), v from unnest(array['Peeters','Janssens','Maes','Jacobs','Mertens',
  'Willems','Claes','Goossens','Wouters','De Smet','Dubois','Lambert','Dupont','Martin','Simon','Laurent','Leroy',
  'Van den Bussche','Lefèvre','El Idrissi','Benali','Ouali','Yilmaz','Kaya','Nowak','Kowalski','Diallo','Bah','Pereira',
  'Da Silva','Rossi','Vermeulen','De Vos','Hermans','Michiels','Van Damme','Renard','Lemaire','Dumont','Mahieu']) v;
create temporary table names_first(i int, v text);
insert into names_first select row_number() over (), v from unnest(array['Marie','Jan','Fatima','Mohamed','Sarah',
  'Lucas','Emma','Noah','Aïcha','Youssef','Léa','Tom','Inès','Karim','Nora','Pieter','Sofia','Adam','Lotte','Ahmed',
  'Julie','Thomas','Amina','Hugo','Ana','Paul','Elif','Milan','Chloé','Omar']) v;
create temporary table streets(i int, v text);
insert into streets select row_number() over (), v from unnest(array['Chaussée de Neerstalle','Avenue du Homborch',
  'Rue du Merlo','Chaussée de Boondael','Rue du Sceptre','Rue des Tanneurs','Rue Haute','Boulevard Lambermont',
  'Chaussée de Waterloo','Avenue de la Couronne','Rue de la Querelle','Chaussée d''Alsemberg','Rue Vanderkindere',
  'Avenue Brugmann','Chaussée de Mons','Rue Joseph Bens','Avenue Van Volxem','Chaussée de Gand']) v;

-- Social workers sharing the caseload (sw-binhome and sw2-binhome among them).
insert into staff (id, organisation_id, username, display_name, roles, first_seen_at, updated_at)
select gen_random_uuid(), 'BINHOME', 'bench-sw-' || g, 'Bench Worker ' || g, '{social-worker}', now(), now()
from generate_series(1, coalesce(nullif(:'workers', ''), '200')::int - 2) g;
create temporary table workers as
select row_number() over (order by username) - 1 as n, id from staff
where organisation_id = 'BINHOME' and 'social-worker' = any(roles);

-- Places: one dwelling per household, 10 dwellings per building, 40 buildings per site.
create temporary table bench_site as
select g as n, gen_random_uuid() as id from generate_series(0, (:households - 1) / 400) g;
insert into site (id, organisation_id, name, referent_social_worker_id, version, created_at, updated_at)
select s.id, 'BINHOME', 'Cité ' || s.n, (select id from workers w where w.n = s.n % (select count(*) from workers)), 0, now(), now()
from bench_site s;
create temporary table bench_building as
select g as n, gen_random_uuid() as id, (select id from bench_site s where s.n = g / 40) as site_id
from generate_series(0, (:households - 1) / 10) g;
insert into building (id, organisation_id, site_id, street, number, postcode, commune, version, created_at, updated_at)
select b.id, 'BINHOME', b.site_id, (select v from streets where i = b.n % 18 + 1), (b.n / 18 + 1)::text, '1180', 'UCCLE',
       0, now(), now()
from bench_building b;
create temporary table bench_dwelling as
select g as n, gen_random_uuid() as id, (select id from bench_building b where b.n = g / 10) as building_id
from generate_series(0, :households - 1) g;
insert into dwelling (id, organisation_id, building_id, unit, floor, bedrooms, type, version, created_at, updated_at)
select d.id, 'BINHOME', d.building_id, (d.n % 10 / 4) || '.' || lpad((d.n % 4 + 1)::text, 2, '0'), d.n % 10 / 4,
       d.n % 4 + 1, 'apartment', 0, now(), now()
from bench_dwelling d;

-- Households: 1 to 4 members, a lease each.
create temporary table bench_household as
select g as n, gen_random_uuid() as id from generate_series(0, :households - 1) g;
insert into household (id, organisation_id, external_ref, version, created_at, updated_at)
select h.id, 'BINHOME', 'BENCH-' || h.n, 0, now(), now() from bench_household h;
insert into household_member (id, household_id, first_name, last_name, birth_date, preferred_language, phone, role, position)
select gen_random_uuid(), h.id, (select v from names_first where i = (h.n * 7 + m) % 30 + 1),
       (select v from names_last where i = h.n % 40 + 1), date '1950-01-01' + (h.n * 37 + m * 3000) % 25000,
       case when h.n % 3 = 0 then 'nl' else 'fr' end, '+32 2 ' || lpad((h.n % 1000000)::text, 6, '0'),
       case when m = 0 then 'reference-tenant' when m = 1 then 'partner' else 'child' end, m
from bench_household h cross join lateral generate_series(0, h.n % 4) m;
insert into lease (id, organisation_id, household_id, dwelling_id, start_date, created_at)
select gen_random_uuid(), 'BINHOME', h.id, d.id, date '2010-01-01' + h.n % 5000, now()
from bench_household h join bench_dwelling d on d.n = h.n;

-- Case files: three households in ten, followed by their site's referent.
create temporary table bench_file as
select row_number() over () - 1 as n, gen_random_uuid() as id, h.id as household_id,
       (select id from workers w where w.n = (h.n / 400) % (select count(*) from workers)) as referent_id
from bench_household h where h.n % 10 < 3;
insert into case_file (id, organisation_id, household_id, referent_id, status, themes, request_source, opened_at,
                       last_activity_at, version, created_at, updated_at)
select f.id, 'BINHOME', f.household_id, f.referent_id, (array['open','active','active','closed'])[f.n % 4 + 1],
       '{rent-arrears}', 'tenant', now() - ((f.n % 1500) || ' days')::interval, now() - ((f.n % 300) || ' days')::interval,
       0, now(), now()
from bench_file f;

-- Entries: spread over the files, plus one very long timeline (10,000 entries) for sw-binhome.
insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, summary, note, visibility,
                        version, created_at, updated_at)
select gen_random_uuid(), 'BINHOME', f.id, (array['office-interview','drop-in','phone-call','home-visit'])[g % 4 + 1],
       now() - ((g % 2000) || ' hours')::interval, f.referent_id, 'Entrée ' || g,
       'Note de suivi ' || g || ': situation évoquée, démarches convenues avec le ménage.',
       case when g % 10 = 0 then 'private' else 'service' end, 0, now(), now()
from generate_series(0, :entries - 10001) g
join bench_file f on f.n = g % (select count(*) from bench_file);
update case_file set referent_id = '00000000-0000-4000-8000-000000000101'
where id = (select id from bench_file where n = 0);
insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, summary, note, visibility,
                        version, created_at, updated_at)
select gen_random_uuid(), 'BINHOME', (select id from bench_file where n = 0), 'phone-call',
       now() - (g || ' hours')::interval, '00000000-0000-4000-8000-000000000101', 'Appel ' || g,
       'Note ' || g, 'service', 0, now(), now()
from generate_series(1, 10000) g;
commit;
analyze;
select (select count(*) from household) as households, (select count(*) from case_entry) as entries,
       (select id from case_file where referent_id = '00000000-0000-4000-8000-000000000101'
        order by (select count(*) from case_entry e where e.case_file_id = case_file.id) desc limit 1) as long_file;
