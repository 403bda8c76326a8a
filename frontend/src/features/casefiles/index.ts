export { caseFilesRoutes } from './routes';
export { HouseholdCaseFilesSection } from './routes/HouseholdCaseFilesSection';
export { caseFileKeys } from './api/keys';
export { QuietCaseFilesWidget, RecentCaseFilesWidget, ServiceCountsWidget } from './home/CaseFileHomeWidgets';
export { AgendaHomeWidget } from './components/AgendaHomeWidget';
export { ManagerAlerts, ManagerAlertsHomeWidget } from './components/ManagerAlerts';
