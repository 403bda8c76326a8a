export { dataProtectionRoutes } from './routes';
export { RetentionNoticesWidget } from './home/RetentionNoticesWidget';
