-- Row-level security: PostgreSQL itself keeps every organisation's rows apart, whatever a query says.
--
-- The backend sets, on every connection it borrows from its pool (security/RowScopeInterceptor), the caller's
-- organisation (hestia.organisation, from the token) and, for a PCS coordinator, its PCS (hestia.pcs). System work
-- that must cross organisations (demo data) runs with hestia.system = 'on', set only by security/SystemScope, never
-- from a token, and logged. The application's role is subject to these policies; the schema owner, who runs these
-- migrations, is not (the owner of a table bypasses its policies unless forced: not forced here, on purpose).
-- Queries keep their own organisation filters: indexes need them (a policy's condition on a column does not lead
-- a trigram search).

create function hestia_organisation() returns text language sql stable as $$
    select nullif(current_setting('hestia.organisation', true), '')
$$;

create function hestia_system_scope() returns boolean language sql stable as $$
    select coalesce(current_setting('hestia.system', true), '') = 'on'
$$;

-- Tables owned through a parent row get the parent's organisation, filled in by the database on insert so that
-- no code path can forget it (and, the parent being itself under a policy, never another organisation's).
alter table household_member add column organisation_id text references organisation (id);
update household_member m set organisation_id = h.organisation_id from household h where h.id = m.household_id;
alter table household_member alter column organisation_id set not null;

alter table case_file_transition add column organisation_id text references organisation (id);
update case_file_transition t set organisation_id = f.organisation_id from case_file f where f.id = t.case_file_id;
alter table case_file_transition alter column organisation_id set not null;

alter table attachment_content add column organisation_id text references organisation (id);
update attachment_content c set organisation_id = a.organisation_id from attachment a where a.id = c.attachment_id;
alter table attachment_content alter column organisation_id set not null;

alter table retention_anonymised add column organisation_id text references organisation (id);
update retention_anonymised r set organisation_id = f.organisation_id from case_file f where f.id = r.case_file_id;
alter table retention_anonymised alter column organisation_id set not null;

-- The trigger's arguments: the parent table, and the column of the child that holds the parent's id.
create function hestia_parent_organisation() returns trigger language plpgsql as $$
begin
    execute format('select organisation_id from %I where id = ($1).%I', tg_argv[0], tg_argv[1])
        into new.organisation_id using new;
    return new;
end
$$;
create trigger household_member_organisation before insert or update of household_id on household_member
    for each row execute function hestia_parent_organisation('household', 'household_id');
create trigger case_file_transition_organisation before insert or update of case_file_id on case_file_transition
    for each row execute function hestia_parent_organisation('case_file', 'case_file_id');
create trigger retention_anonymised_organisation before insert or update of case_file_id on retention_anonymised
    for each row execute function hestia_parent_organisation('case_file', 'case_file_id');
create trigger attachment_content_organisation before insert or update of attachment_id on attachment_content
    for each row execute function hestia_parent_organisation('attachment', 'attachment_id');

-- One policy per organisation-owned table. The scope is read in sub-selects, which PostgreSQL evaluates once per
-- query, not once per row (a per-row current_setting made the manager's overview three times slower in make bench).
-- Staff and access-log rows of regional users (SLRB, PCS coordinators) belong to no organisation: they are visible
-- to callers of no organisation, and to them only.
do $$
declare
    owned record;
begin
    for owned in
        select c.relname, a.attnotnull
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped
        where c.relkind in ('r', 'p')
    loop
        execute format('alter table %I enable row level security', owned.relname);
        if owned.attnotnull then
            execute format('create policy organisation_rows on %I using (organisation_id = (select hestia_organisation()) '
                || 'or (select hestia_system_scope())) with check (organisation_id = (select hestia_organisation()) '
                || 'or (select hestia_system_scope()))', owned.relname);
        else
            execute format('create policy organisation_rows on %I using (organisation_id is not distinct from '
                || '(select hestia_organisation()) or (select hestia_system_scope())) with check (organisation_id is not distinct '
                || 'from (select hestia_organisation()) or (select hestia_system_scope()))', owned.relname);
        end if;
    end loop;
end
$$;

-- The household search finds members by trigram indexes. PostgreSQL does not let a policy's table lead with such an
-- index (its LIKE and similarity operators are not leakproof, so they wait until the policy has filtered every
-- row): under the policy, a search would read every member of the organisation. This view, owned by the schema owner
-- whom the policy does not bind, applies the very same rule itself, so the index leads and the rule still holds.
-- The application may only read it; RowLevelSecurityTest queries it like every table with organisation_id.
create view household_member_in_scope as
    select * from household_member where organisation_id = (select hestia_organisation());
revoke all on household_member_in_scope from "${app_role}";
grant select on household_member_in_scope to "${app_role}";
