import enAccessLog from './en/accesslog.json';
import enCaseFiles from './en/casefiles.json';
import enCommon from './en/common.json';
import enHome from './en/home.json';
import enHouseholds from './en/households.json';
import enPlaces from './en/places.json';
import frAccessLog from './fr/accesslog.json';
import frCaseFiles from './fr/casefiles.json';
import frCommon from './fr/common.json';
import frHome from './fr/home.json';
import frHouseholds from './fr/households.json';
import frPlaces from './fr/places.json';
import nlAccessLog from './nl/accesslog.json';
import nlCaseFiles from './nl/casefiles.json';
import nlCommon from './nl/common.json';
import nlHome from './nl/home.json';
import nlHouseholds from './nl/households.json';
import nlPlaces from './nl/places.json';

export const namespaces = ['common', 'home', 'places', 'households', 'casefiles', 'accesslog'] as const;
export const defaultNamespace = 'common';

/** Every translation, bundled: three small languages are cheaper than a round trip. */
export const resources = {
  fr: {
    common: frCommon,
    home: frHome,
    places: frPlaces,
    households: frHouseholds,
    casefiles: frCaseFiles,
    accesslog: frAccessLog,
  },
  nl: {
    common: nlCommon,
    home: nlHome,
    places: nlPlaces,
    households: nlHouseholds,
    casefiles: nlCaseFiles,
    accesslog: nlAccessLog,
  },
  en: {
    common: enCommon,
    home: enHome,
    places: enPlaces,
    households: enHouseholds,
    casefiles: enCaseFiles,
    accesslog: enAccessLog,
  },
} as const;
