-- Searching households by their dwelling's unit must not normalise every unit at every search.
alter table dwelling add column search_text text generated always as (hestia_normalize(unit)) stored;
