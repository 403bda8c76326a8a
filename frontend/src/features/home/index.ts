export { homeRoutes } from './routes';
export { HomePage } from './routes/HomePage';
export type { HomeShortcut, HomeSlots, HomeWidget } from './types';
