export { applyServerErrors } from './serverErrors';
export type { CodeOnField } from './serverErrors';
export { fieldError, useSubmitHandler } from './useSubmitHandler';
