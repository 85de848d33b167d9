// The one fetch client of the web app (STYLE.md "Errors"): same-origin
// cookies, the CSRF header on writes, JSON in and out, and every failure
// turned into an ApiError whose message can be shown as it is.
import type * as Contracts from '@oikeus/contracts';
import type { ErrorCode, Locale } from '@oikeus/contracts';
import type { z } from 'zod';
import { ApiError } from './api-error';
import { fallbackLocale, isSupportedLocale } from './supported-locales';

/**
 * What the client needs from the contracts package. It is loaded on demand:
 * any runtime import of the contracts brings zod with it, and the portal
 * entry (front page, session check) should not carry zod.
 */
export type ErrorContracts = Pick<typeof Contracts, 'errorBodySchema' | 'errorMessages'>;
const loadContracts = (): Promise<ErrorContracts> => import('@oikeus/contracts');

/** Header the API's CSRF guard requires on every non-GET request (apps/api/src/http/csrf-guard.ts). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'oikeus';

const networkErrorMessages: Record<Locale, string> = {
  fi: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  sv: 'Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.',
  en: 'Could not reach the server. Check your connection and try again.',
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<S extends z.ZodType | undefined> {
  method?: Method;
  /** A plain value is sent as JSON; FormData as multipart (the browser sets the boundary). */
  body?: unknown;
  /** Query string values; undefined, empty strings and empty arrays are left out. */
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  /**
   * Contract schema for the answer; may be given as a promise (a dynamic
   * import), which is awaited while the request is in flight.
   */
  schema?: S | Promise<S>;
  signal?: AbortSignal;
}

/** Without a schema the answer is returned unchecked, as `unknown`, for the caller to narrow. */
type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

export interface ApiClientOptions {
  fetch?: typeof fetch;
  /** The person's language, for the few messages the client writes itself. */
  getLocale?: () => Locale;
  /** Tests pass the contracts module directly. */
  contracts?: () => Promise<ErrorContracts>;
}

/** Maps an HTTP status to a code when the body is not our error shape (e.g. a proxy's 502). */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    // A gateway or the API itself says the service (or its database) is briefly away.
    case 502:
    case 503:
    case 504:
      return 'UNAVAILABLE';
    default:
      return 'INTERNAL';
  }
}

/** Turns a failed response's status and body into an ApiError. */
export function toApiError(
  status: number,
  body: unknown,
  locale: Locale,
  { errorBodySchema, errorMessages }: ErrorContracts,
): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError({
      code,
      status,
      message,
      ...(details ? { details } : {}),
      ...(requestId ? { requestId } : {}),
    });
  }
  const code = codeForStatus(status);
  return new ApiError({ code, status, message: errorMessages[code][locale] });
}

export function buildUrl(path: string, query: RequestOptions<undefined>['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, item);
    } else {
      params.append(key, String(value));
    }
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

function documentLocale(): Locale {
  const lang = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isSupportedLocale(lang) ? lang : fallbackLocale;
}

export function createApiClient(options: ApiClientOptions = {}) {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const getLocale = options.getLocale ?? documentLocale;
  const contracts = options.contracts ?? loadContracts;

  async function request<S extends z.ZodType | undefined = undefined>(
    path: string,
    opts: RequestOptions<S> = {},
  ): Promise<Result<S>> {
    const method = opts.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method !== 'GET') headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
    let body: BodyInit | undefined;
    if (opts.body instanceof FormData) {
      body = opts.body;
    } else if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }

    let response: Response;
    try {
      response = await doFetch(buildUrl(path, opts.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    } catch (error) {
      // An aborted request is the caller's decision, not a failure to show.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError({
        code: 'NETWORK',
        status: 0,
        message: networkErrorMessages[getLocale()],
      });
    }

    const payload = await readJson(response);
    if (!response.ok) throw toApiError(response.status, payload, getLocale(), await contracts());
    const schema = await opts.schema;
    if (!schema) return payload as Result<S>;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      // The server answered something the contract does not describe: a bug, not the person's fault.
      const { errorMessages } = await contracts();
      throw new ApiError({
        code: 'INTERNAL',
        status: response.status,
        message: errorMessages.INTERNAL[getLocale()],
      });
    }
    return parsed.data as Result<S>;
  }

  return { request };
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app-wide client; tests build their own with `createApiClient`. */
export const api = createApiClient();
