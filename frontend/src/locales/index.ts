import enAccessLog from './en/accesslog.json';
import enCaseFiles from './en/casefiles.json';
import enCommon from './en/common.json';
import enDataProtection from './en/dataprotection.json';
import enHome from './en/home.json';
import enHouseholds from './en/households.json';
import enPlaces from './en/places.json';
import frAccessLog from './fr/accesslog.json';
import frCaseFiles from './fr/casefiles.json';
import frCommon from './fr/common.json';
import frDataProtection from './fr/dataprotection.json';
import frHome from './fr/home.json';
import frHouseholds from './fr/households.json';
import frPlaces from './fr/places.json';
import nlAccessLog from './nl/accesslog.json';
import nlCaseFiles from './nl/casefiles.json';
import nlCommon from './nl/common.json';
import nlDataProtection from './nl/dataprotection.json';
import nlHome from './nl/home.json';
import nlHouseholds from './nl/households.json';
import nlPlaces from './nl/places.json';

export const namespaces = ['common', 'home', 'places', 'households', 'casefiles', 'accesslog', 'dataprotection'] as const;
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
    dataprotection: frDataProtection,
  },
  nl: {
    common: nlCommon,
    home: nlHome,
    places: nlPlaces,
    households: nlHouseholds,
    casefiles: nlCaseFiles,
    accesslog: nlAccessLog,
    dataprotection: nlDataProtection,
  },
  en: {
    common: enCommon,
    home: enHome,
    places: enPlaces,
    households: enHouseholds,
    casefiles: enCaseFiles,
    accesslog: enAccessLog,
    dataprotection: enDataProtection,
  },
} as const;
