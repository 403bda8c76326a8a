-- Bench data generator: one organisation (BinHôme) at a chosen scale, on top of the demo data.
-- psql variables: households (40000 = the Region, 400000 = ten times), entries (total case entries,
-- about: 500000 or 5000000), workers (social workers sharing the caseload, demo ones included).
--
-- Realistic on purpose, so that the benchmark measures what users would meet:
-- * names as in Brussels (Belgian French and Flemish, Moroccan, Turkish, Congolese, Polish, southern
--   European, West African...): the thirty commonest Belgian surnames, and about 1,200 more composed
--   from parts, so that a surname matches tens of households at the Region's scale (a hundred or so
--   for Peeters); partners keep their own surname;
-- * 1 to 5 members per household; buildings of 4 to 150 dwellings, 1 to 24 buildings per site,
--   sites spread over the streets of the 19 communes;
-- * three households in ten have a case file, half of those followed (open or active), each site's
--   referent following its files; entries Pareto-distributed (most files have tens, a few thousands),
--   plus one 10,000-entry timeline for sw-binhome; a tenth of the notes private, some by colleagues;
--   follow-up tasks, some overdue, some done.
-- Everything lands in ONE organisation: the worst case for organisation-scoped queries.
-- Deterministic (ids are md5 of the row's number, choices are hashes of it) and idempotent: does
-- nothing when the bench households already exist. Set-based (generate_series), no loops.
\set ON_ERROR_STOP on
select (count(*) > 0) as already from household where external_ref like 'BENCH-%' \gset
\if :already
  \echo 'bench data already present'
  \quit
\endif

set synchronous_commit = off;
set maintenance_work_mem = '256MB';
set work_mem = '64MB';
begin;

-- A deterministic number in [0, 2^31) for row n and a salt; u() the same in [0, 1).
create function pg_temp.h(n bigint, salt int) returns bigint language sql immutable parallel safe as
  $$ select hashint8extended(n, salt) & 2147483647 $$;
create function pg_temp.u(n bigint, salt int) returns float8 language sql immutable parallel safe as
  $$ select (hashint8extended(n, salt) & 2147483647) / 2147483648.0 $$;
create function pg_temp.id(kind text, n bigint) returns uuid language sql immutable parallel safe as
  $$ select md5('bench-' || kind || '-' || n)::uuid $$;

-- Cultures: share of households (per mille, cumulative bound), surname parts and first names.
create temporary table culture(c int, upto int, prefixes text[], roots text[], firsts text[], lang text);
insert into culture values
  -- The most common Belgian surnames, whole: over a hundred households each at the Region's scale.
  (8, 100, array[''],
   array['Peeters','Janssens','Maes','Jacobs','Mertens','Willems','Claes','Goossens','Wouters','De Smet','Dubois',
         'Lambert','Dupont','Martin','Simon','Laurent','Leroy','Lefèvre','Renard','Lemaire','Dumont','Mahieu',
         'Hermans','Michiels','Vermeulen','De Vos','Van Damme','Leclercq','Gérard','François'],
   array['Marie','Jan','Julie','Thomas','Sarah','Pieter','Emma','Lucas','Els','Nicolas','Anne','Luc'], 'fr'),
  (0, 230, array['', 'Van ', 'Van den ', 'Van der ', 'De ', 'Vande', 'Ver', 'Op de '],
   array['Bussche','Velde','Berghe','Meulen','Hove','Acker','Broeck','Kerckhove','Damme','Linden','Steen',
         'Wijngaert','Poel','Bossche','Eynde','Heuvel','Straeten','Hoeck','Cauter','Moortel','Walle','Putte',
         'Bempt','Camp','Hecke','Goor','Leemput','Mol','Hulle','Gucht','Eecke','Driessche','Vyvere','Daele',
         'Kerckhof','Bruggen','Haute','Wouwer','Loock','Reeth'],
   array['Jan','Pieter','Lotte','Emma','Lars','Noor','Wout','Sofie','Bram','Lien','Koen','An','Tom','Els','Joris',
         'Hanne','Stijn','Griet','Jef','Marieke','Marie'], 'nl'),
  (1, 400, array['Du', 'Le', 'Dela', 'Des', 'Mon', 'Beau'],
   array['bois','pont','four','moulin','champ','mont','pré','val','chêne','bosquet','marais','sart','fosse',
         'pierre','rieu','jardin','thier','bourg','roux','clercq','fèvre','maire','comte','noyer','vivier',
         'hayes','tilleul','ry','sablon','mesnil'],
   array['Marie','Lucas','Léa','Hugo','Chloé','Thomas','Julie','Louis','Camille','Nathan','Manon','Julien','Sarah',
         'Maxime','Pauline','Antoine','Inès','Paul','Élodie','Nicolas','Amélie','Claire'], 'fr'),
  (2, 640, array['El ', 'Ben', 'Ait ', 'Bou', 'Ou', 'Al '],
   array['Idrissi','Amrani','Haddad','Fassi','Ouazzani','Alaoui','Bakkali','Tahiri','Hajji','Khattabi','Azzouzi',
         'Mansouri','Bouzid','Yahyaoui','Chaouki','Ghazi','Hamdi','Jabri','Kaddouri','Lahlou','Mahdaoui','Naciri',
         'Rachidi','Saidi','Tazi','Zerouali','Belhaj','Chakir','Douiri','Ennaji','Ali','Moussa'],
   array['Mohamed','Fatima','Youssef','Aïcha','Karim','Nora','Ahmed','Amina','Hamza','Khadija','Mehdi','Salma',
         'Bilal','Samira','Rachid','Latifa','Ilyas','Imane','Omar','Zineb','Yassine'], 'fr'),
  (3, 720, array[''],
   array['Yılmaz','Kaya','Demir','Çelik','Şahin','Yıldız','Aydın','Öztürk','Arslan','Doğan','Kılıç','Aslan',
         'Çetin','Kara','Koç','Kurt','Özdemir','Polat','Erdoğan','Güneş'],
   array['Mehmet','Ayşe','Emre','Elif','Mustafa','Zeynep','Hasan','Fatma','Burak','Esra','Murat','Merve','Ali',
         'Hatice','Yusuf'], 'fr'),
  (4, 800, array['Ka','Tshi','Mu','Ma','Lu','Ilu','Mbu','Ki','Nga','Bo'],
   array['banda','bongo','kendi','lenga','lunga','mba','yi','ngoy','sumbu','kasa','kala','mbuyi','tombo','lamba',
         'sanga'],
   array['Jean-Pierre','Grâce','Patrick','Espérance','Junior','Divine','Christian','Merveille','Blaise','Chantal',
         'Fiston','Nadège','Serge','Gloire','Trésor'], 'fr'),
  (5, 860, array['Nowak','Kowal','Wiśniew','Wójcik','Kamiń','Lewandow','Zieliń','Szymań','Woźniak','Dąbrow',
                 'Kozłow','Jankow','Mazur','Krawczyk','Piotrow','Grabow','Pawłow','Michal','Zając','Król'],
   array['ski','ska','czyk','ak','ewicz'],
   array['Piotr','Anna','Tomasz','Katarzyna','Marek','Agnieszka','Paweł','Magdalena','Krzysztof','Joanna'], 'fr'),
  (6, 940, array['Ross','Russ','Ferr','Esposit','Bianch','Roman','Colomb','Ricc','Marin','Gall','Cost','Fontan',
                 'Cont','Serr','Silv','Pereir','Ferreir','Oliveir','Rodrigu','Fernand','Gonzal','Lop','Martin','Garc'],
   array['i','o','a','es','ez'],
   array['Giuseppe','Maria','Marco','Giulia','João','Ana','Carlos','Lucía','Pedro','Sofia','Antonio','Carmen'], 'fr'),
  (7, 1000, array['Diall','Bar','Cama','Keit','Tour','Traor','Ciss','Syll','Kant','Cond','Sang','Sou','Bald',
                  'Konat','Fofan','Haidar','Rahim','Karim','Sultan','Hussain'],
   array['o','é','a','ara','i'],
   array['Mamadou','Aminata','Ibrahima','Fatoumata','Abdullah','Mariam','Ahmad','Zahra','Ousmane','Hawa'], 'fr');

-- Streets of the Region where social housing stands, with their postcode and commune.
create temporary table street(i int, name text, postcode text, commune text);
insert into street values
  (0, 'Chaussée de Neerstalle', '1180', 'UCCLE'), (1, 'Avenue du Homborch', '1180', 'UCCLE'),
  (2, 'Rue du Merlo', '1180', 'UCCLE'), (3, 'Chaussée d''Alsemberg', '1180', 'UCCLE'),
  (4, 'Rue Joseph Bens', '1180', 'UCCLE'), (5, 'Chaussée de Boondael', '1050', 'IXELLES'),
  (6, 'Rue du Sceptre', '1050', 'IXELLES'), (7, 'Avenue de la Couronne', '1050', 'IXELLES'),
  (8, 'Rue Malibran', '1050', 'IXELLES'), (9, 'Rue des Tanneurs', '1000', 'BRUXELLES'),
  (10, 'Rue Haute', '1000', 'BRUXELLES'), (11, 'Rue de la Querelle', '1000', 'BRUXELLES'),
  (12, 'Rempart des Moines', '1000', 'BRUXELLES'), (13, 'Rue Blaes', '1000', 'BRUXELLES'),
  (14, 'Chaussée de Mons', '1070', 'ANDERLECHT'), (15, 'Rue Van Lint', '1070', 'ANDERLECHT'),
  (16, 'Boulevard de la Révision', '1070', 'ANDERLECHT'), (17, 'Avenue Marius Renard', '1070', 'ANDERLECHT'),
  (18, 'Chaussée de Gand', '1080', 'MOLENBEEK_SAINT_JEAN'), (19, 'Rue Piers', '1080', 'MOLENBEEK_SAINT_JEAN'),
  (20, 'Boulevard Édouard Machtens', '1080', 'MOLENBEEK_SAINT_JEAN'),
  (21, 'Rue de Ribaucourt', '1080', 'MOLENBEEK_SAINT_JEAN'), (22, 'Boulevard Lambermont', '1030', 'SCHAERBEEK'),
  (23, 'Avenue Rogier', '1030', 'SCHAERBEEK'), (24, 'Rue Gallait', '1030', 'SCHAERBEEK'),
  (25, 'Chaussée de Haecht', '1030', 'SCHAERBEEK'), (26, 'Avenue Van Volxem', '1190', 'FOREST'),
  (27, 'Rue du Charroi', '1190', 'FOREST'), (28, 'Avenue du Globe', '1190', 'FOREST'),
  (29, 'Chaussée de Waterloo', '1060', 'SAINT_GILLES'), (30, 'Rue de Mérode', '1060', 'SAINT_GILLES'),
  (31, 'Boulevard de Smet de Naeyer', '1090', 'JETTE'), (32, 'Rue Léon Theodor', '1090', 'JETTE'),
  (33, 'Avenue Henri Conscience', '1140', 'EVERE'), (34, 'Rue Édouard Stuckens', '1140', 'EVERE'),
  (35, 'Avenue des Archiducs', '1170', 'WATERMAEL_BOITSFORT'),
  (36, 'Avenue Delleur', '1170', 'WATERMAEL_BOITSFORT'),
  (37, 'Rue Théodore De Cuyper', '1200', 'WOLUWE_SAINT_LAMBERT'),
  (38, 'Avenue de la Réforme', '1083', 'GANSHOREN'), (39, 'Rue de Grand-Bigard', '1082', 'BERCHEM_SAINTE_AGATHE'),
  (40, 'Rue Verte', '1210', 'SAINT_JOSSE_TEN_NOODE'), (41, 'Rue des Champs', '1040', 'ETTERBEEK'),
  (42, 'Boulevard du Souverain', '1160', 'AUDERGHEM'), (43, 'Rue au Bois', '1150', 'WOLUWE_SAINT_PIERRE'),
  (44, 'Avenue du Port', '1000', 'BRUXELLES');

-- Social workers: the demo ones plus bench workers up to :workers.
insert into staff (id, organisation_id, username, display_name, roles, first_seen_at, updated_at)
select pg_temp.id('staff', g), 'BINHOME', 'bench-sw-' || g,
       (select firsts[1 + pg_temp.h(g, 1) % cardinality(firsts)] || ' ' || roots[1 + pg_temp.h(g, 2) % cardinality(roots)]
        from culture where c = g % 2 * 2),
       '{social-worker}', now(), now()
from generate_series(1, greatest(:workers - 2, 1)) g
on conflict (id) do nothing;
create temporary table worker as
select (row_number() over (order by username) - 1)::int as n, id from staff
where organisation_id = 'BINHOME' and 'social-worker' = any(roles);
select count(*) as worker_count from worker \gset

-- Sites (1 to 24 buildings each) and buildings (4 to 40 dwellings, a tower of 80 to 150 in twenty),
-- numbered in order so that dwelling n is the n-th of the running total; cut at :households.
create temporary table bench_site as
select g.n, pg_temp.id('site', g.n) as id, g.n % (select count(*) from street) as street_i,
       (select w.id from worker w where w.n = pg_temp.h(g.n, 3) % :worker_count) as referent_id
from generate_series(0, :households / 150 + 1) g(n);
create temporary table bench_building as
with b as (
  select s.n as site_n, k, s.street_i,
         case when pg_temp.h(s.n * 100 + k, 4) % 20 = 0 then 80 + pg_temp.h(s.n * 100 + k, 5) % 71
              else 4 + pg_temp.h(s.n * 100 + k, 5) % 37 end as size
  from bench_site s cross join lateral generate_series(0, pg_temp.h(s.n, 6) % 24) k
), numbered as (
  select *, (sum(size) over (order by site_n, k) - size)::bigint as first_dwelling,
         row_number() over (order by site_n, k) - 1 as n
  from b
)
select n, pg_temp.id('building', n) as id, site_n, k, street_i, size, first_dwelling
from numbered where first_dwelling < :households;
delete from bench_site s where not exists (select 1 from bench_building b where b.site_n = s.n);

insert into site (id, organisation_id, name, referent_social_worker_id, version, created_at, updated_at)
select s.id, 'BINHOME',
       (array['Cité','Résidence','Tours','Clos','Square','Jardins'])[1 + s.n % 6] || ' '
         || (array['Homborch','Merlo','Peterbos','Querelle','Floréal','Logis','Moortebeek','Rosée','Messidor',
                   'Germinal','Ieder','Bon Air','Versailles','Lemmens','Marolles','Tivoli','Hellebosch','Bergen',
                   'Ransfort','Machtens','Scheut','Bruyn','Destrier','Wiels','Saint-Job','Kriekenput','Kauwberg',
                   'Verrewinkel','Zeecrabbe','Kattebroek'])[1 + (s.n / 6) % 30]
         || case when s.n >= 180 then ' ' || (s.n / 180 + 1) else '' end,
       s.referent_id, 0, now(), now()
from bench_site s;
insert into building (id, organisation_id, site_id, name, street, number, postcode, commune, version, created_at,
                      updated_at)
select b.id, 'BINHOME', pg_temp.id('site', b.site_n), case when b.size >= 80 then 'Tour ' || chr(65 + (b.k % 26)::int) end,
       st.name, ((b.site_n / (select count(*) from street)) * 50 + b.k * 2 + 1)::text, st.postcode, st.commune,
       0, now(), now()
from bench_building b join street st on st.i = b.street_i;
create temporary table bench_dwelling as
select b.first_dwelling + g as n, g, b.id as building_id, b.site_n
from bench_building b cross join lateral generate_series(0, b.size - 1) g
where b.first_dwelling + g < :households;
insert into dwelling (id, organisation_id, building_id, unit, floor, bedrooms, type, version, created_at, updated_at)
select pg_temp.id('dwelling', d.n), 'BINHOME', d.building_id,
       (d.g / 4) || '.' || lpad((d.g % 4 + 1)::text, 2, '0'), d.g / 4, 1 + pg_temp.h(d.n, 7) % 4,
       (array['apartment','apartment','apartment','studio','duplex','adapted'])[1 + pg_temp.h(d.n, 8) % 6],
       0, now(), now()
from bench_dwelling d;

-- Households: a culture, a surname (prefix + root), 1 to 5 members; a partner keeps their own surname.
create temporary table bench_household as
select n, pg_temp.id('household', n) as id, c.c, c.lang,
       c.prefixes[1 + pg_temp.h(n, 10) % cardinality(c.prefixes)] || c.roots[1 + pg_temp.h(n, 11) % cardinality(c.roots)]
         as surname,
       c.prefixes[1 + pg_temp.h(n, 12) % cardinality(c.prefixes)] || c.roots[1 + pg_temp.h(n, 13) % cardinality(c.roots)]
         as partner_surname,
       c.firsts as firsts,
       (array[1,1,1,1,1,1,1,2,2,2,2,2,3,3,3,3,4,4,4,5])[1 + pg_temp.h(n, 14) % 20] as size,
       pg_temp.h(n, 15) % 10 < 6 as couple
from generate_series(0, :households - 1) n
join culture c on c.c = (select c2.c from culture c2 where c2.upto > pg_temp.h(n, 9) % 1000 order by c2.upto limit 1);
insert into household (id, organisation_id, external_ref, version, created_at, updated_at)
select h.id, 'BINHOME', 'BENCH-' || h.n, 0, now(), now() from bench_household h;
insert into household_member (id, household_id, first_name, last_name, birth_date, preferred_language, phone, email,
                              role, position)
select pg_temp.id('member', h.n * 8 + m), h.id, h.firsts[1 + pg_temp.h(h.n * 8 + m, 16) % cardinality(h.firsts)],
       case when m = 1 and h.couple then h.partner_surname else h.surname end,
       case when m < 2 then date '1945-01-01' + (pg_temp.h(h.n * 8 + m, 17) % 20000)::int
            else date '2000-01-01' + (pg_temp.h(h.n * 8 + m, 17) % 8000)::int end,
       h.lang, case when m < 2 then '+32 4' || lpad((pg_temp.h(h.n * 8 + m, 18) % 100000000)::text, 8, '0') end,
       null,
       case when m = 0 then 'reference-tenant' when m = 1 and h.couple then 'partner' else 'child' end, m
from bench_household h cross join lateral generate_series(0, h.size - 1) m;
insert into lease (id, organisation_id, household_id, dwelling_id, start_date, created_at)
select pg_temp.id('lease', h.n), 'BINHOME', h.id, pg_temp.id('dwelling', h.n),
       date '1990-01-01' + (pg_temp.h(h.n, 19) % 12000)::int, now()
from bench_household h;

-- Case files: three households in ten. 12% open, 38% active, 38% closed, 12% archived. The referent
-- is the site's referent, but one file in ten stayed with another worker (a move, a replacement).
create temporary table bench_file as
with f as (
  select h.n as household_n, h.id as household_id, pg_temp.h(h.n, 21) % 100 as s,
         case when pg_temp.h(h.n, 22) % 10 = 0 then (select id from worker w where w.n = pg_temp.h(h.n, 23) % :worker_count)
              else s.referent_id end as referent_id
  from bench_household h join bench_dwelling d on d.n = h.n join bench_site s on s.n = d.site_n
  where pg_temp.h(h.n, 20) % 10 < 3
)
select row_number() over (order by household_n) - 1 as n, household_id, referent_id,
       case when s < 12 then 'open' when s < 50 then 'active' when s < 88 then 'closed' else 'archived' end as status
from f;
alter table bench_file add column id uuid, add column last_activity_at timestamptz, add column opened_at timestamptz,
  add column entries int;
update bench_file set id = pg_temp.id('file', n),
  last_activity_at = date_trunc('hour', now()) - case status
    when 'open' then pg_temp.u(n, 24) * interval '30 days'
    when 'active' then pg_temp.u(n, 24) ^ 2 * interval '150 days'
    when 'closed' then interval '60 days' + pg_temp.u(n, 24) * interval '1500 days'
    else interval '1600 days' + pg_temp.u(n, 24) * interval '1500 days' end,
  -- Pareto (alpha 1.2), capped: once scaled, most files have tens of entries, a few thousands.
  entries = least(400, 1 + floor(pg_temp.u(n, 25) ^ (-1 / 1.2)))::int;
update bench_file set opened_at = last_activity_at - (15 + pg_temp.h(n, 26) % 900) * interval '1 day' - entries * interval '1 day'
  / 4;
-- Scale the entries to :entries in all (minus the 10,000 of the long file).
update bench_file set entries = greatest(1, round(entries * (:entries - 10000)::numeric
  / (select sum(entries) from bench_file)))::int;

insert into case_file (id, organisation_id, household_id, referent_id, status, themes, request_source, request_detail,
                       closing_reason, opened_at, closed_at, last_activity_at, version, created_at, updated_at)
select f.id, 'BINHOME', f.household_id, f.referent_id, f.status,
       (array['{rent-arrears}','{rent-arrears,energy}','{neighbour-conflict}','{mental-health}',
              '{hygiene-overcrowding}','{administrative-help}','{family-difficulty}','{transfer-request}',
              '{works-difficulty}','{other}'])[1 + pg_temp.h(f.n, 27) % 10]::text[],
       (array['tenant','colleague','partner'])[1 + pg_temp.h(f.n, 28) % 3],
       'Demande ' || f.n || ' : situation à clarifier avec le ménage.',
       case when f.status in ('closed', 'archived') then 'Situation stabilisée.' end,
       f.opened_at, case when f.status in ('closed', 'archived') then f.last_activity_at end, f.last_activity_at,
       0, f.opened_at, f.last_activity_at
from bench_file f;
insert into case_file_transition (id, case_file_id, from_status, to_status, at, by_id)
select pg_temp.id('transition', f.n * 4 + t.k), f.id, t.from_status, t.to_status,
       f.opened_at + t.k * (f.last_activity_at - f.opened_at) / 4, coalesce(f.referent_id, '00000000-0000-4000-8000-000000000101')
from bench_file f cross join lateral (values (0, null, 'open'), (1, 'open', 'active'), (2, 'active', 'closed'),
                                              (3, 'closed', 'archived')) t(k, from_status, to_status)
where t.k <= case f.status when 'open' then 0 when 'active' then 1 when 'closed' then 2 else 3 end;

-- Entries, evenly spaced from the file's opening to its last activity. One in ten by a colleague;
-- one in ten private.
insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, summary, note, visibility,
                        version, created_at, updated_at)
select pg_temp.id('entry', f.n * 1000000 + g), 'BINHOME', f.id,
       (array['office-interview','drop-in','phone-call','home-visit','letter-email','phone-call'])[1 + pg_temp.h(f.n * 1000000 + g, 30) % 6],
       f.last_activity_at - g * (f.last_activity_at - f.opened_at) / f.entries,
       case when f.referent_id is null or pg_temp.h(f.n * 1000000 + g, 31) % 10 = 0
            then (select id from worker w where w.n = pg_temp.h(f.n * 1000000 + g, 32) % :worker_count)
            else f.referent_id end,
       (array['Entretien de suivi','Appel du ménage','Visite à domicile','Point sur les démarches',
              'Courrier au CPAS','Passage à la permanence'])[1 + pg_temp.h(f.n * 1000000 + g, 33) % 6] || ' ' || g,
       'Note ' || g || ' : situation évoquée, démarches convenues avec le ménage.',
       case when pg_temp.h(f.n * 1000000 + g, 34) % 10 = 0 then 'private' else 'service' end, 0, now(), now()
from bench_file f cross join lateral generate_series(0, f.entries - 1) g;

-- The long timeline: sw-binhome's first active file gets 10,000 more entries.
create temporary table long_file as
select id, n from bench_file where status = 'active' order by n limit 1;
update case_file set referent_id = '00000000-0000-4000-8000-000000000101' where id = (select id from long_file);
insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, summary, note, visibility,
                        version, created_at, updated_at)
select pg_temp.id('long-entry', g), 'BINHOME', l.id, 'phone-call', date_trunc('hour', now()) - g * interval '3 hours',
       '00000000-0000-4000-8000-000000000101', 'Appel ' || g, 'Note ' || g,
       case when g % 10 = 0 then 'private' else 'service' end, 0, now(), now()
from long_file l cross join generate_series(1, 10000) g;
update case_file set last_activity_at = date_trunc('hour', now()) - interval '3 hours'
where id = (select id from long_file);

-- Follow-up tasks of followed files: 0 to 3 each, due from ten days ago to forty days ahead; a fifth done.
insert into follow_up_task (id, organisation_id, case_file_id, title, due_date, assignee_id, done_at, version,
                            created_at, updated_at)
select pg_temp.id('task', f.n * 4 + t), 'BINHOME', f.id,
       (array['Rappeler le ménage','Envoyer le dossier au CPAS','Visite de contrôle','Relancer le plan d''apurement'])[1 + t],
       current_date - 10 + (pg_temp.h(f.n * 4 + t, 36) % 50)::int, f.referent_id,
       case when pg_temp.h(f.n * 4 + t, 37) % 5 = 0 then now() end, 0, now(), now()
from bench_file f cross join lateral generate_series(0, pg_temp.h(f.n, 35) % 4 - 1) t
where f.status in ('open', 'active') and f.referent_id is not null;
commit;
-- Statistics for the planner, and the visibility map for index-only scans.
vacuum (analyze) staff, site, building, dwelling, household, household_member, lease, case_file,
  case_file_transition, case_entry, follow_up_task;

select (select count(*) from household) as households, (select count(*) from household_member) as members,
       (select count(distinct last_name) from household_member) as surnames, (select count(*) from site) as sites,
       (select count(*) from building) as buildings, (select count(*) from case_file) as case_files,
       (select count(*) from case_entry) as entries, (select count(*) from follow_up_task) as tasks;
