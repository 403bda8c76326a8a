-- Demo agenda (make run, e2e): follow-up tasks and appointments spread over the coming weeks for the demo social
-- workers, sw-binhome (Amélie Dubois, ...101) and sw2-binhome (Karim El Amrani, ...102). Times are Brussels times.
insert into follow_up_task (id, organisation_id, case_file_id, title, due_date, assignee_id, version, created_at, updated_at) values
    ('70000000-0000-4000-8000-000000000a01', 'BINHOME', '40000000-0000-4000-8000-000000000c01', 'Relancer le CPAS pour la médiation de dettes', current_date - 2, '00000000-0000-4000-8000-000000000101', 0, now(), now()),
    ('70000000-0000-4000-8000-000000000a02', 'BINHOME', '40000000-0000-4000-8000-000000000c03', 'Envoyer le formulaire de demande de mutation', current_date, '00000000-0000-4000-8000-000000000101', 0, now(), now()),
    ('70000000-0000-4000-8000-000000000a03', 'BINHOME', '40000000-0000-4000-8000-000000000c01', 'Vérifier le premier versement du plan d’apurement', current_date + 4, '00000000-0000-4000-8000-000000000101', 0, now(), now()),
    ('70000000-0000-4000-8000-000000000a04', 'BINHOME', '40000000-0000-4000-8000-000000000c01', 'Bilan du plan d’apurement', current_date + 20, '00000000-0000-4000-8000-000000000101', 0, now(), now()),
    ('70000000-0000-4000-8000-000000000a05', 'BINHOME', '40000000-0000-4000-8000-000000000c03', 'Préparer le dossier pour la commission de mutation', current_date + 45, '00000000-0000-4000-8000-000000000101', 0, now(), now()),
    ('70000000-0000-4000-8000-000000000a06', 'BINHOME', '40000000-0000-4000-8000-000000000c04', 'Proposer une médiation de voisinage', current_date + 2, '00000000-0000-4000-8000-000000000102', 0, now(), now()),
    ('70000000-0000-4000-8000-000000000a07', 'BINHOME', '40000000-0000-4000-8000-000000000c04', 'Faire le point avec le service technique', current_date + 16, '00000000-0000-4000-8000-000000000102', 0, now(), now());

insert into appointment (id, organisation_id, case_file_id, kind, starts_at, ends_at, place, subject, status, version, created_at, updated_at) values
    ('80000000-0000-4000-8000-000000000a01', 'BINHOME', '40000000-0000-4000-8000-000000000c01', 'home-visit',
     ((current_date + 1) + time '10:00') at time zone 'Europe/Brussels', ((current_date + 1) + time '11:00') at time zone 'Europe/Brussels',
     'Au domicile', 'Visite à domicile', 'planned', 0, now(), now()),
    ('80000000-0000-4000-8000-000000000a02', 'BINHOME', '40000000-0000-4000-8000-000000000c03', 'office-interview',
     ((current_date + 9) + time '14:00') at time zone 'Europe/Brussels', ((current_date + 9) + time '14:45') at time zone 'Europe/Brussels',
     'Siège, bureau 2', 'Entretien au bureau', 'planned', 0, now(), now()),
    ('80000000-0000-4000-8000-000000000a03', 'BINHOME', '40000000-0000-4000-8000-000000000c01', 'phone-call',
     ((current_date + 30) + time '09:30') at time zone 'Europe/Brussels', ((current_date + 30) + time '09:45') at time zone 'Europe/Brussels',
     null, 'Appel de suivi', 'planned', 0, now(), now()),
    ('80000000-0000-4000-8000-000000000a04', 'BINHOME', '40000000-0000-4000-8000-000000000c04', 'home-visit',
     ((current_date + 3) + time '15:00') at time zone 'Europe/Brussels', ((current_date + 3) + time '16:00') at time zone 'Europe/Brussels',
     'Au domicile', 'Visite à domicile avec la médiatrice', 'planned', 0, now(), now());

insert into appointment_worker (appointment_id, staff_id) values
    ('80000000-0000-4000-8000-000000000a01', '00000000-0000-4000-8000-000000000101'),
    ('80000000-0000-4000-8000-000000000a02', '00000000-0000-4000-8000-000000000101'),
    ('80000000-0000-4000-8000-000000000a03', '00000000-0000-4000-8000-000000000101'),
    ('80000000-0000-4000-8000-000000000a04', '00000000-0000-4000-8000-000000000102'),
    ('80000000-0000-4000-8000-000000000a04', '00000000-0000-4000-8000-000000000101');
