-- Demo data for make run and the end-to-end tests: two organisations' places and staff.
-- Staff ids are the demo users' ids in keycloak/demo-users.json (the token subject). They have signed in before;
-- sw3-binhome (Nora Haddad) has not: the staff directory sync brings her in from Keycloak.
insert into staff (id, organisation_id, username, display_name, roles, first_seen_at, updated_at, signed_in_at) values
    ('00000000-0000-4000-8000-000000000101', 'BINHOME', 'sw-binhome', 'Amélie Dubois', '{social-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000102', 'BINHOME', 'sw2-binhome', 'Karim El Amrani', '{social-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000103', 'BINHOME', 'renov-binhome', 'Lotte Peeters', '{renovation-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000104', 'BINHOME', 'agent-binhome', 'Yassine Benali', '{field-agent}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000105', 'BINHOME', 'collective-binhome', 'Inès Martin', '{collective-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000106', 'BINHOME', 'manager-binhome', 'Marc Janssens', '{service-manager}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000107', 'BINHOME', 'admin-binhome', 'Claire Lambert', '{admin}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000108', 'BINHOME', 'dpo-binhome', 'Pieter De Vos', '{dpo}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000201', 'LLB', 'sw-llb', 'Sarah Vermeulen', '{social-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000202', 'LLB', 'sw2-llb', 'Mohamed Ouali', '{social-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000203', 'LLB', 'renov-llb', 'Julie Lemaire', '{renovation-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000204', 'LLB', 'agent-llb', 'Thomas Claes', '{field-agent}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000205', 'LLB', 'collective-llb', 'Fatima Idrissi', '{collective-worker}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000206', 'LLB', 'manager-llb', 'Bart Willems', '{service-manager}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000207', 'LLB', 'admin-llb', 'Sophie Dupont', '{admin}', now(), now(), now()),
    ('00000000-0000-4000-8000-000000000208', 'LLB', 'dpo-llb', 'Hanne Maes', '{dpo}', now(), now(), now())
on conflict (id) do nothing;

insert into site (id, organisation_id, name, description, referent_social_worker_id, collective_worker_id, version, created_at, updated_at) values
    ('10000000-0000-4000-8000-000000000a01', 'BINHOME', 'Homborch', 'Cité-jardin de l''avenue du Homborch, à Uccle.', '00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000105', 0, now(), now()),
    ('10000000-0000-4000-8000-000000000a02', 'BINHOME', 'Merlo', 'Logements de la rue du Merlo et alentours, à Uccle.', '00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000000105', 0, now(), now()),
    ('10000000-0000-4000-8000-000000000a03', 'BINHOME', 'Boondael', 'Immeubles de la chaussée de Boondael, à Ixelles.', '00000000-0000-4000-8000-000000000101', null, 0, now(), now()),
    ('10000000-0000-4000-8000-000000000a04', 'BINHOME', 'Sceptre', 'Immeuble de la rue du Sceptre, à Ixelles.', '00000000-0000-4000-8000-000000000102', null, 0, now(), now()),
    ('10000000-0000-4000-8000-000000000b01', 'LLB', 'Akarova', 'Ensemble Akarova, rue des Tanneurs, dans les Marolles.', '00000000-0000-4000-8000-000000000201', '00000000-0000-4000-8000-000000000205', 0, now(), now()),
    ('10000000-0000-4000-8000-000000000b02', 'LLB', 'Querelle', 'Cité de la rue de la Querelle.', '00000000-0000-4000-8000-000000000202', '00000000-0000-4000-8000-000000000205', 0, now(), now()),
    ('10000000-0000-4000-8000-000000000b03', 'LLB', 'Rempart des Moines', 'Tours du Rempart des Moines.', '00000000-0000-4000-8000-000000000201', null, 0, now(), now());

insert into building (id, organisation_id, site_id, name, street, number, postcode, commune, version, created_at, updated_at) values
    ('20000000-0000-4000-8000-000000000a11', 'BINHOME', '10000000-0000-4000-8000-000000000a01', 'Bloc A', 'Avenue du Homborch', '36', '1180', 'UCCLE', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000a12', 'BINHOME', '10000000-0000-4000-8000-000000000a01', 'Bloc B', 'Avenue du Homborch', '38', '1180', 'UCCLE', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000a13', 'BINHOME', '10000000-0000-4000-8000-000000000a01', null, 'Chaussée de Neerstalle', '421', '1180', 'UCCLE', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000a21', 'BINHOME', '10000000-0000-4000-8000-000000000a02', null, 'Rue du Merlo', '2', '1180', 'UCCLE', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000a22', 'BINHOME', '10000000-0000-4000-8000-000000000a02', null, 'Rue Joseph Bens', '40', '1180', 'UCCLE', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000a31', 'BINHOME', '10000000-0000-4000-8000-000000000a03', null, 'Chaussée de Boondael', '480', '1050', 'IXELLES', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000a41', 'BINHOME', '10000000-0000-4000-8000-000000000a04', null, 'Rue du Sceptre', '41', '1050', 'IXELLES', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000b11', 'LLB', '10000000-0000-4000-8000-000000000b01', null, 'Rue des Tanneurs', '60', '1000', 'BRUXELLES', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000b21', 'LLB', '10000000-0000-4000-8000-000000000b02', null, 'Rue de la Querelle', '12', '1000', 'BRUXELLES', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000b31', 'LLB', '10000000-0000-4000-8000-000000000b03', 'Tour 1', 'Rue du Rempart des Moines', '60', '1000', 'BRUXELLES', 0, now(), now()),
    ('20000000-0000-4000-8000-000000000b32', 'LLB', '10000000-0000-4000-8000-000000000b03', 'Tour 2', 'Rue du Rempart des Moines', '62', '1000', 'BRUXELLES', 0, now(), now());

-- Dwellings: four per floor, a mix of sizes and types, unit numbers like "2.03".
insert into dwelling (id, organisation_id, building_id, unit, floor, bedrooms, type, version, created_at, updated_at)
select gen_random_uuid(), b.organisation_id, b.id,
       (n / 4) || '.' || lpad((n % 4 + 1)::text, 2, '0'),
       n / 4,
       (array[1, 2, 3, 0, 2, 1, 4, 3])[n % 8 + 1],
       case when n % 8 = 3 then 'studio' when n / 4 = 0 and n % 4 = 0 then 'adapted'
            when n % 8 = 6 then 'duplex' else 'apartment' end,
       0, now(), now()
from building b
join (values
    ('20000000-0000-4000-8000-000000000a11'::uuid, 12),
    ('20000000-0000-4000-8000-000000000a12'::uuid, 12),
    ('20000000-0000-4000-8000-000000000a13'::uuid, 8),
    ('20000000-0000-4000-8000-000000000a21'::uuid, 16),
    ('20000000-0000-4000-8000-000000000a22'::uuid, 10),
    ('20000000-0000-4000-8000-000000000a31'::uuid, 20),
    ('20000000-0000-4000-8000-000000000a41'::uuid, 14),
    ('20000000-0000-4000-8000-000000000b11'::uuid, 24),
    ('20000000-0000-4000-8000-000000000b21'::uuid, 18),
    ('20000000-0000-4000-8000-000000000b31'::uuid, 30),
    ('20000000-0000-4000-8000-000000000b32'::uuid, 30)
) as sizes(building_id, units) on sizes.building_id = b.id
cross join lateral generate_series(0, sizes.units - 1) as n;
