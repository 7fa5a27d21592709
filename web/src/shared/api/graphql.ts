import { config } from '@/shared/config/env'

/** Error codes the API puts in `errors[].extensions.code` (docs/contracts.md), plus NETWORK for no answer. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'BAD_REQUEST'
  | 'INVALID_QUERY'
  | 'TOO_COMPLEX'
  | 'TENANT_SCHEMA_OUTDATED'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'NETWORK'
  | (string & {})

export interface GraphQLErrorItem {
  message: string
  path?: (string | number)[]
  extensions?: { code?: string; [key: string]: unknown }
}

/** A failed request. `message` is the API's localised message (it honours Accept-Language). */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly status: number | undefined
  readonly errors: GraphQLErrorItem[]

  constructor(code: ApiErrorCode, message: string, status?: number, errors: GraphQLErrorItem[] = []) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.errors = errors
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code)
}

export interface RequestOptions {
  token?: string
  language: string
  signal?: AbortSignal
  url?: string
  fetchImpl?: typeof fetch
}

function codeFromStatus(status: number): ApiErrorCode | undefined {
  if (status === 401) return 'UNAUTHENTICATED'
  if (status === 403) return 'FORBIDDEN'
  return undefined
}

/** One GraphQL-over-HTTP POST. Resolves with `data`, or throws an ApiError carrying the first error's code. */
export async function graphqlRequest<TData, TVariables extends object = Record<string, unknown>>(
  query: string,
  variables: TVariables | undefined,
  options: RequestOptions,
): Promise<TData> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
    'Accept-Language': options.language,
  }
  if (options.token) headers.Authorization = `Bearer ${options.token}`

  let response: Response
  try {
    response = await (options.fetchImpl ?? fetch)(options.url ?? config.apiUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: options.signal,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError('NETWORK', cause instanceof Error ? cause.message : String(cause))
  }

  let body: { data?: TData | null; errors?: GraphQLErrorItem[] } | undefined
  try {
    body = (await response.json()) as typeof body
  } catch {
    body = undefined
  }

  const errors = body?.errors ?? []
  if (errors.length > 0) {
    const first = errors[0]
    const code = first.extensions?.code ?? codeFromStatus(response.status) ?? 'ERROR'
    const message = [...new Set(errors.map((e) => e.message))].join('\n')
    throw new ApiError(code, message, response.status, errors)
  }
  if (!response.ok || body?.data == null) {
    throw new ApiError(codeFromStatus(response.status) ?? 'HTTP', `HTTP ${response.status}`, response.status)
  }
  return body.data
}
