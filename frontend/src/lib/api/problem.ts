import type { components } from './schema';

export type ProblemCode = components['schemas']['ProblemCode'];
export type Violation = components['schemas']['Violation'];
/** Codes the SPA gives failures that brought no problem document (network down, a proxy's error page). */
export type ClientErrorCode = 'network-error' | 'server-error' | 'conflict';
/** The contract's problem document; `code` may also be one of the SPA's own, for failures without one. */
export type Problem = Omit<components['schemas']['Problem'], 'code'> & { code: ProblemCode | ClientErrorCode };

/** An HTTP call that failed, carrying the contract's problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): ProblemCode | ClientErrorCode {
    return this.problem.code;
  }
}

const codeByStatus: Record<number, ProblemCode | ClientErrorCode> = {
  400: 'validation-failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  428: 'precondition-required',
};

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.status === 'number' && typeof v.code === 'string';
}

/** Builds an ApiError from whatever the server sent (a problem document, or anything else). */
export function toApiError(body: unknown, response: Response | undefined): ApiError {
  if (isProblem(body)) return new ApiError(body);
  const status = response?.status ?? 0;
  return new ApiError({
    type: 'about:blank',
    title: response?.statusText || 'Error',
    status,
    code: codeByStatus[status] ?? (status === 0 ? 'network-error' : 'server-error'),
  });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
