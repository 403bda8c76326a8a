export { dataProtectionRoutes } from './routes';
