import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

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

  get code(): string {
    return this.problem.code;
  }
}

const codeByStatus: Record<number, string> = {
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
