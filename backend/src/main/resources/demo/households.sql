-- Demo households (members, current leases) and case files for make run and the e2e tests.
insert into household (id, organisation_id, external_ref, version, created_at, updated_at) values
    ('30000000-0000-4000-8000-000000000c01', 'BINHOME', 'LOC-C01', 0, now(), now()),
    ('30000000-0000-4000-8000-000000000c02', 'BINHOME', 'LOC-C02', 0, now(), now()),
    ('30000000-0000-4000-8000-000000000c03', 'BINHOME', 'LOC-C03', 0, now(), now()),
    ('30000000-0000-4000-8000-000000000c04', 'BINHOME', 'LOC-C04', 0, now(), now()),
    ('30000000-0000-4000-8000-000000000c05', 'BINHOME', 'LOC-C05', 0, now(), now()),
    ('30000000-0000-4000-8000-000000000c06', 'LLB', 'LOC-C06', 0, now(), now()),
    ('30000000-0000-4000-8000-000000000c07', 'LLB', 'LOC-C07', 0, now(), now());

insert into household_member (id, household_id, first_name, last_name, birth_date, preferred_language, phone, email, role, position) values
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c01', 'Marie', 'Van den Bussche', date '1975-04-12', 'nl', '+32 2 555 01 01', 'marie.vandenbussche@example.be', 'reference-tenant', 0),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c01', 'Tom', 'Van den Bussche', null, 'nl', null, null, 'partner', 1),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c01', 'Lotte', 'Van den Bussche', null, 'nl', null, null, 'child', 2),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c02', 'Paul', 'Lefèvre', date '1975-04-12', 'fr', '+32 2 555 01 02', 'paul.lefevre@example.be', 'reference-tenant', 0),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c03', 'Fatima', 'El Idrissi', date '1975-04-12', 'fr', '+32 2 555 01 03', 'fatima.elidrissi@example.be', 'reference-tenant', 0),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c03', 'Youssef', 'El Idrissi', null, 'fr', null, null, 'child', 1),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c03', 'Sara', 'El Idrissi', null, 'fr', null, null, 'child', 2),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c04', 'Jean', 'Dupont', date '1975-04-12', 'fr', '+32 2 555 01 04', 'jean.dupont@example.be', 'reference-tenant', 0),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c04', 'Claudine', 'Dupont', null, 'fr', null, null, 'partner', 1),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c05', 'Ana', 'Pereira', date '1975-04-12', 'fr', '+32 2 555 01 05', 'ana.pereira@example.be', 'reference-tenant', 0),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c06', 'Jan', 'Claes', date '1975-04-12', 'nl', '+32 2 555 01 06', 'jan.claes@example.be', 'reference-tenant', 0),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c07', 'Aïcha', 'Benali', date '1975-04-12', 'fr', '+32 2 555 01 07', 'aïcha.benali@example.be', 'reference-tenant', 0),
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c07', 'Karim', 'Benali', null, 'fr', null, null, 'child', 1);

insert into lease (id, organisation_id, household_id, dwelling_id, start_date, created_at)
select gen_random_uuid(), h.organisation_id, h.id, d.id, date '2019-09-01', now()
from (values
    ('30000000-0000-4000-8000-000000000c01'::uuid, '20000000-0000-4000-8000-000000000a11'::uuid, '0.01'),
    ('30000000-0000-4000-8000-000000000c02'::uuid, '20000000-0000-4000-8000-000000000a11'::uuid, '0.02'),
    ('30000000-0000-4000-8000-000000000c03'::uuid, '20000000-0000-4000-8000-000000000a13'::uuid, '1.01'),
    ('30000000-0000-4000-8000-000000000c04'::uuid, '20000000-0000-4000-8000-000000000a21'::uuid, '0.01'),
    ('30000000-0000-4000-8000-000000000c05'::uuid, '20000000-0000-4000-8000-000000000a31'::uuid, '2.03'),
    ('30000000-0000-4000-8000-000000000c06'::uuid, '20000000-0000-4000-8000-000000000b11'::uuid, '0.01'),
    ('30000000-0000-4000-8000-000000000c07'::uuid, '20000000-0000-4000-8000-000000000b21'::uuid, '1.02')
) as v(household_id, building_id, unit)
join household h on h.id = v.household_id
join dwelling d on d.building_id = v.building_id and d.unit = v.unit;

-- Earlier leases, so that a dwelling's page shows a history: Ana Pereira rented Marie Van den Bussche's
-- dwelling before moving on, Paul Lefèvre lived two floors up.
insert into lease (id, organisation_id, household_id, dwelling_id, start_date, end_date, created_at)
select gen_random_uuid(), h.organisation_id, h.id, d.id, v.start_date, v.end_date, now()
from (values
    ('30000000-0000-4000-8000-000000000c05'::uuid, '20000000-0000-4000-8000-000000000a11'::uuid, '0.01', date '2014-05-01', date '2019-08-31'),
    ('30000000-0000-4000-8000-000000000c02'::uuid, '20000000-0000-4000-8000-000000000a11'::uuid, '2.03', date '2012-03-01', date '2019-08-31')
) as v(household_id, building_id, unit, start_date, end_date)
join household h on h.id = v.household_id
join dwelling d on d.building_id = v.building_id and d.unit = v.unit;

-- Case files: Homborch's referent (sw-binhome) follows two households, Merlo's (sw2-binhome) one.
insert into case_file (id, organisation_id, household_id, referent_id, status, themes, request_source, request_detail,
                       opened_at, last_activity_at, version, created_at, updated_at) values
    ('40000000-0000-4000-8000-000000000c01', 'BINHOME', '30000000-0000-4000-8000-000000000c01', '00000000-0000-4000-8000-000000000101', 'active',
     '{rent-arrears,energy}', 'colleague', 'Le service locatif signale trois mois d''arriérés.', now() - interval '40 days', now() - interval '3 days', 0, now(), now()),
    ('40000000-0000-4000-8000-000000000c03', 'BINHOME', '30000000-0000-4000-8000-000000000c03', '00000000-0000-4000-8000-000000000101', 'open',
     '{hygiene-overcrowding}', 'tenant', 'Demande de mutation vers un logement plus grand.', now() - interval '5 days', now() - interval '5 days', 0, now(), now()),
    ('40000000-0000-4000-8000-000000000c04', 'BINHOME', '30000000-0000-4000-8000-000000000c04', '00000000-0000-4000-8000-000000000102', 'active',
     '{neighbour-conflict}', 'partner', 'Signalement du CPAS.', now() - interval '20 days', now() - interval '10 days', 0, now(), now());

insert into case_file_transition (id, case_file_id, from_status, to_status, at, by_id) values
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c01', null, 'open', now() - interval '40 days', '00000000-0000-4000-8000-000000000101'),
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c01', 'open', 'active', now() - interval '38 days', '00000000-0000-4000-8000-000000000101'),
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c03', null, 'open', now() - interval '5 days', '00000000-0000-4000-8000-000000000101'),
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c04', null, 'open', now() - interval '20 days', '00000000-0000-4000-8000-000000000102'),
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c04', 'open', 'active', now() - interval '19 days', '00000000-0000-4000-8000-000000000102');

insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, participants, summary, note,
                        visibility, version, created_at, updated_at) values
    (gen_random_uuid(), 'BINHOME', '40000000-0000-4000-8000-000000000c01', 'office-interview', now() - interval '38 days',
     '00000000-0000-4000-8000-000000000101', 'Mme Van den Bussche', 'Revenus en baisse, plan d''apurement à étudier', 'Revenus en baisse depuis la perte d''emploi de M.; plan d''apurement envisagé.', 'service', 0, now(), now()),
    (gen_random_uuid(), 'BINHOME', '40000000-0000-4000-8000-000000000c01', 'home-visit', now() - interval '3 days',
     '00000000-0000-4000-8000-000000000101', 'Mme et M. Van den Bussche', 'Plan d''apurement signé', 'Plan d''apurement signé; orientation vers la médiation de dettes du CPAS.', 'service', 0, now(), now()),
    (gen_random_uuid(), 'BINHOME', '40000000-0000-4000-8000-000000000c04', 'phone-call', now() - interval '10 days',
     '00000000-0000-4000-8000-000000000102', 'M. Dupont', 'Tensions avec le voisin du dessus', 'Tensions avec le voisin du dessus; médiation proposée.', 'service', 0, now(), now());

-- An earlier file of Marie Van den Bussche's household, closed: the household page lists her two files
-- apart by their references (issue 8), and opening a third one while c01 is followed is refused.
insert into case_file (id, organisation_id, household_id, referent_id, status, themes, request_source, request_detail,
                       closing_reason, opened_at, closed_at, last_activity_at, version, created_at, updated_at) values
    ('40000000-0000-4000-8000-0000000c01f1', 'BINHOME', '30000000-0000-4000-8000-000000000c01', '00000000-0000-4000-8000-000000000101', 'closed',
     '{administrative-help}', 'tenant', 'Aide pour la demande de prime énergie.', 'Prime obtenue.',
     now() - interval '14 months', now() - interval '11 months', now() - interval '11 months', 0, now(), now());

insert into case_file_transition (id, case_file_id, from_status, to_status, at, by_id, reason) values
    (gen_random_uuid(), '40000000-0000-4000-8000-0000000c01f1', null, 'open', now() - interval '14 months', '00000000-0000-4000-8000-000000000101', null),
    (gen_random_uuid(), '40000000-0000-4000-8000-0000000c01f1', 'open', 'closed', now() - interval '11 months', '00000000-0000-4000-8000-000000000101', 'Prime obtenue.');

insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, participants, summary, note,
                        visibility, version, created_at, updated_at) values
    (gen_random_uuid(), 'BINHOME', '40000000-0000-4000-8000-0000000c01f1', 'drop-in', now() - interval '14 months',
     '00000000-0000-4000-8000-000000000101', 'Mme Van den Bussche', 'Formulaire de prime énergie rempli', 'Formulaire de prime énergie rempli ensemble.', 'service', 0, now(), now());

-- A file closed six years ago (Ana Pereira): past the retention period (P5Y), so the DPO's
-- retention report lists it after a run, thirty days before the job anonymises it.
insert into case_file (id, organisation_id, household_id, referent_id, status, themes, request_source, request_detail,
                       closing_reason, opened_at, closed_at, last_activity_at, version, created_at, updated_at) values
    ('40000000-0000-4000-8000-000000000c05', 'BINHOME', '30000000-0000-4000-8000-000000000c05', '00000000-0000-4000-8000-000000000101', 'archived',
     '{administrative-help}', 'tenant', 'Aide pour une demande d''allocation de loyer.', 'Allocation obtenue.',
     now() - interval '7 years', now() - interval '6 years', now() - interval '6 years', 0, now(), now());

insert into case_file_transition (id, case_file_id, from_status, to_status, at, by_id, reason) values
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c05', null, 'open', now() - interval '7 years', '00000000-0000-4000-8000-000000000101', null),
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c05', 'open', 'closed', now() - interval '6 years', '00000000-0000-4000-8000-000000000101', 'Allocation obtenue.'),
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c05', 'closed', 'archived', now() - interval '6 years' + interval '1 day', '00000000-0000-4000-8000-000000000101', null);

insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, participants, summary, note,
                        visibility, version, created_at, updated_at) values
    (gen_random_uuid(), 'BINHOME', '40000000-0000-4000-8000-000000000c05', 'drop-in', now() - interval '7 years',
     '00000000-0000-4000-8000-000000000101', 'Mme Pereira', 'Demande d''allocation de loyer complétée', 'Dossier d''allocation de loyer complété ensemble.', 'service', 0, now(), now());

-- Home (issue 8): a file of Amélie Dubois's caseload gone quiet (no activity for 45 days), and a household whose
-- reference tenant left no phone or e-mail, so that the social worker's and the admin's homes have something to show.
insert into household (id, organisation_id, external_ref, version, created_at, updated_at) values
    ('30000000-0000-4000-8000-000000000c08', 'BINHOME', null, 0, now(), now());

insert into household_member (id, household_id, first_name, last_name, birth_date, preferred_language, phone, email, role, position) values
    (gen_random_uuid(), '30000000-0000-4000-8000-000000000c08', 'Georges', 'Wouters', date '1958-02-03', 'nl', null, null, 'reference-tenant', 0);

insert into lease (id, organisation_id, household_id, dwelling_id, start_date, created_at)
select gen_random_uuid(), 'BINHOME', '30000000-0000-4000-8000-000000000c08', d.id, date '2015-03-01', now()
from dwelling d where d.building_id = '20000000-0000-4000-8000-000000000a12' and d.unit = '0.01';

insert into case_file (id, organisation_id, household_id, referent_id, status, themes, request_source, request_detail,
                       opened_at, last_activity_at, version, created_at, updated_at) values
    ('40000000-0000-4000-8000-000000000c08', 'BINHOME', '30000000-0000-4000-8000-000000000c08', '00000000-0000-4000-8000-000000000101', 'active',
     '{family-difficulty,mental-health}', 'colleague', 'L''agent de proximité signale que M. Wouters ne sort plus.', now() - interval '60 days', now() - interval '45 days', 0, now(), now());

insert into case_file_transition (id, case_file_id, from_status, to_status, at, by_id) values
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c08', null, 'open', now() - interval '60 days', '00000000-0000-4000-8000-000000000101'),
    (gen_random_uuid(), '40000000-0000-4000-8000-000000000c08', 'open', 'active', now() - interval '45 days', '00000000-0000-4000-8000-000000000101');

insert into case_entry (id, organisation_id, case_file_id, kind, occurred_at, author_id, participants, summary, note,
                        visibility, version, created_at, updated_at) values
    (gen_random_uuid(), 'BINHOME', '40000000-0000-4000-8000-000000000c08', 'home-visit', now() - interval '45 days',
     '00000000-0000-4000-8000-000000000101', 'M. Wouters', 'Premier contact avec M. Wouters', 'Premier contact; M. Wouters accepte une nouvelle visite.', 'service', 0, now(), now());

-- An edited entry (the timeline shows "edited on ... by ..." and its earlier version): the home visit was first
-- written the evening it took place, then completed the next day.
insert into case_entry_version (id, organisation_id, case_entry_id, case_file_id, version, kind, occurred_at,
                                participants, summary, note, visibility, written_by_id, written_at, replaced_at)
select gen_random_uuid(), e.organisation_id, e.id, e.case_file_id, 0, e.kind, e.occurred_at, 'Mme Van den Bussche',
       'Plan d''apurement proposé', 'Plan d''apurement proposé; à signer lors du prochain passage.', 'service',
       e.author_id, e.occurred_at + interval '8 hours', now() - interval '2 days'
from case_entry e
where e.case_file_id = '40000000-0000-4000-8000-000000000c01' and e.kind = 'home-visit';
update case_entry set version = 1, edited_at = now() - interval '2 days', edited_by_id = author_id
where case_file_id = '40000000-0000-4000-8000-000000000c01' and kind = 'home-visit';

-- The access log as people read it: Karim El Amrani opened Marie Van den Bussche's file outside his caseload three days
-- ago, with a reason; the page read the file, its timeline, documents, referrals and tasks under one user action, which
-- the log shows as one row.
insert into access_log (at, organisation_id, actor_id, actor_name, action, record_type, record_id, household_id,
                        case_file_id, reason, client_address, session_id, user_action)
select now() - interval '3 days' + (n * interval '200 milliseconds'), 'BINHOME', '00000000-0000-4000-8000-000000000102',
       'Karim El Amrani', 'read', record_type, '40000000-0000-4000-8000-000000000c01',
       '30000000-0000-4000-8000-000000000c01', '40000000-0000-4000-8000-000000000c01',
       case when n = 0 then 'Permanence du mardi, la locataire se présente' end, '192.0.2.10', 'demo',
       '50000000-0000-4000-8000-000000000a01'
from unnest(array['case-file', 'case-timeline', 'case-attachments', 'referral', 'task']) with ordinality as r(record_type, i),
     lateral (select (i - 1)::int as n) as position;
