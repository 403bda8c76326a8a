-- The access log for people: one line per user action, names instead of ids, reasons in the reader's language.
-- The table stays append-only (V5's trigger): these columns are filled on insert, never backfilled.
--
-- user_action: the id the SPA makes when its user opens a page or does something (header Hestia-User-Action). The
--   calls of one action (a case-file page reads the file, its timeline, documents, referrals and tasks) stay one line
--   each here, so nothing read becomes invisible; the list and the exports show them together as one row.
-- case_file_id: the case file a line is about (an entry, a document, a list of it), so the list can name the file.
--   Lines written before this migration name it only when the record is the file itself.
-- reason_code: a reason Hestia gives itself (AccessReasonCode in openapi.yaml), rendered in the reader's language;
--   lines written before it carry the English text 'handover after a move', which the queries read as the code.
alter table access_log
    add column user_action uuid,
    add column case_file_id uuid,
    add column reason_code text;

create index access_log_user_action_idx on access_log (organisation_id, user_action) where user_action is not null;
