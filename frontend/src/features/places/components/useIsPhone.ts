export { useIsPhone } from '@/components';
