-- Reference data: the SISP (organisations) and the communes of the Brussels-Capital Region.

-- Search text: lower case, no accents, no punctuation, Brussels street abbreviations expanded,
-- so that "Chée de Neerstalle", "chaussee de neerstalle" and "CHAUSSÉE DE NEERSTALLE" meet.
-- Immutable, so that generated columns and indexes can use it.
create function hestia_normalize(input text) returns text
language sql immutable parallel safe strict as $$
  select trim(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      translate(replace(replace(lower(input), 'œ', 'oe'), 'æ', 'ae'),
        'àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿžšł''’`-.,;:/\%_()"!?&+*[]{}#@<>|~^=$',
        'aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzsl                                 '),
      '\mch(ee|ssee)?\M', 'chaussee', 'g'),
      '\mav\M', 'avenue', 'g'),
      '\m(bd|bld|boul)\M', 'boulevard', 'g'),
      '\mpl\M', 'place', 'g'),
      '\msq\M', 'square', 'g'),
      '\mr\M', 'rue', 'g'),
      '\mstwg\M', 'steenweg', 'g'),
      '\mln\M', 'laan', 'g'),
      '\mpln\M', 'plein', 'g'),
    '\s+', ' ', 'g'))
$$;

create extension if not exists pg_trgm;

create table organisation (
    id      text primary key,
    name_fr text not null,
    name_nl text not null
);

insert into organisation (id, name_fr, name_nl) values
    ('ASSAM',    'ASSAM',                           'ASSAM'),
    ('BINHOME',  'BinHôme',                         'BinHôme'),
    ('COMENSIA', 'Comensia',                        'Comensia'),
    ('EBDS',     'En Bord de Soignes',              'En Bord de Soignes'),
    ('EVERECITY','Everecity',                       'Everecity'),
    ('FDS',      'Foyer du Sud',                    'Foyer du Sud'),
    ('FLK',      'Le Foyer Laekenois',              'Lakense Haard'),
    ('FSC',      'Foyer Schaerbeekois',             'Schaarbeekse Haard'),
    ('HM',       'L''Habitation Moderne',           'De Moderne Woning'),
    ('IZH',      'Ieder Zijn Huis',                 'Ieder Zijn Huis'),
    ('LLB',      'Le Logement Bruxellois',          'De Brusselse Woning'),
    ('LLM',      'Le Logement Molenbeekois',        'De Molenbeekse Woning'),
    ('LOGIRIS',  'Log''Iris',                       'Log''Iris'),
    ('LOJEGA',   'LOJEGA',                          'LOJEGA'),
    ('HFB',      'Le Home Familial Bruxellois',     'Het Brusselse Gezinshuis'),
    ('SORELO',   'Sorelo',                          'Sorelo');

create table commune (
    code      text primary key,
    name_fr   text not null,
    name_nl   text not null,
    postcodes text[] not null
);

insert into commune (code, name_fr, name_nl, postcodes) values
    ('ANDERLECHT',            'Anderlecht',             'Anderlecht',              '{1070}'),
    ('AUDERGHEM',             'Auderghem',              'Oudergem',                '{1160}'),
    ('BERCHEM_SAINTE_AGATHE', 'Berchem-Sainte-Agathe',  'Sint-Agatha-Berchem',     '{1082}'),
    ('BRUXELLES',             'Bruxelles',              'Brussel',                 '{1000,1020,1120,1130}'),
    ('ETTERBEEK',             'Etterbeek',              'Etterbeek',               '{1040}'),
    ('EVERE',                 'Evere',                  'Evere',                   '{1140}'),
    ('FOREST',                'Forest',                 'Vorst',                   '{1190}'),
    ('GANSHOREN',             'Ganshoren',              'Ganshoren',               '{1083}'),
    ('IXELLES',               'Ixelles',                'Elsene',                  '{1050}'),
    ('JETTE',                 'Jette',                  'Jette',                   '{1090}'),
    ('KOEKELBERG',            'Koekelberg',             'Koekelberg',              '{1081}'),
    ('MOLENBEEK_SAINT_JEAN',  'Molenbeek-Saint-Jean',   'Sint-Jans-Molenbeek',     '{1080}'),
    ('SAINT_GILLES',          'Saint-Gilles',           'Sint-Gillis',             '{1060}'),
    ('SAINT_JOSSE_TEN_NOODE', 'Saint-Josse-ten-Noode',  'Sint-Joost-ten-Node',     '{1210}'),
    ('SCHAERBEEK',            'Schaerbeek',             'Schaarbeek',              '{1030}'),
    ('UCCLE',                 'Uccle',                  'Ukkel',                   '{1180}'),
    ('WATERMAEL_BOITSFORT',   'Watermael-Boitsfort',    'Watermaal-Bosvoorde',     '{1170}'),
    ('WOLUWE_SAINT_LAMBERT',  'Woluwe-Saint-Lambert',   'Sint-Lambrechts-Woluwe',  '{1200}'),
    ('WOLUWE_SAINT_PIERRE',   'Woluwe-Saint-Pierre',    'Sint-Pieters-Woluwe',     '{1150}');
