export { householdsRoutes } from './routes';
export type { HouseholdPageSlots } from './routes/HouseholdDetailPage';
