export { api, unwrap, unwrapVersioned, etagOf, setTokenProvider, setLanguageProvider } from './client';
export type { Versioned } from './client';
export { ApiError, isApiError, toApiError } from './problem';
export type { ClientErrorCode, Problem, ProblemCode, Violation } from './problem';
export type { components, paths } from './schema';
export { ACCESS_REASON_HEADER, ACCESS_REASON_MAX, toAccessReasonHeader } from './accessReason';
export { USER_ACTION_HEADER, startUserAction, userActionFor } from './userAction';
