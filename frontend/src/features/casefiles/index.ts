export { caseFilesRoutes } from './routes';
export { HouseholdCaseFilesSection } from './routes/HouseholdCaseFilesSection';
export { caseFileKeys } from './api/keys';
export { ManagerAlerts, ManagerAlertsHomeWidget } from './components/ManagerAlerts';
