export { accessLogRoutes } from './routes';
