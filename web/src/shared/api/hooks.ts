import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
  type UseQueryOptions,
} from '@tanstack/react-query'
import { useCallback } from 'react'
import { useAuth } from 'react-oidc-context'
import { useTranslation } from 'react-i18next'
import { ApiError, graphqlRequest, type GraphQLDocument } from './graphql'

/** Returns a request function bound to the signed-in user's token and the current UI language. */
export function useGraphQLClient() {
  const auth = useAuth()
  const { i18n } = useTranslation()
  const token = auth.user?.access_token
  const language = i18n.language
  return useCallback(
    <TData, TVariables>(document: GraphQLDocument<TData, TVariables>, variables?: TVariables, signal?: AbortSignal) =>
      graphqlRequest(document, variables, { token, language, signal }),
    [token, language],
  )
}

/** A query; result and variable types come from the generated document. */
export function useGraphQLQuery<TData, TVariables>(
  key: readonly unknown[],
  document: GraphQLDocument<TData, TVariables>,
  variables?: TVariables,
  options?: Omit<UseQueryOptions<TData, ApiError>, 'queryKey' | 'queryFn'>,
) {
  const request = useGraphQLClient()
  const { i18n } = useTranslation()
  return useQuery<TData, ApiError>({
    // The language is part of the key: the API localises messages and names by Accept-Language.
    queryKey: [...key, variables ?? null, i18n.language],
    queryFn: ({ signal }) => request(document, variables, signal),
    ...options,
  })
}

export interface Connection<TNode> {
  totalCount?: number | null
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  nodes: TNode[]
}

/** Cursor pagination ("load more") over a Relay connection picked out of the response by `select`. */
export function useGraphQLConnection<TData, TNode, TVariables extends { after?: string | null }>(
  key: readonly unknown[],
  document: GraphQLDocument<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  select: (data: TData) => Connection<TNode>,
  options?: { enabled?: boolean },
) {
  const request = useGraphQLClient()
  const { i18n } = useTranslation()
  const result = useInfiniteQuery<TData, ApiError, InfiniteData<TData, string | null>, readonly unknown[], string | null>({
    queryKey: [...key, variables, i18n.language],
    initialPageParam: null,
    queryFn: ({ pageParam, signal }) => request(document, { ...variables, after: pageParam } as TVariables, signal),
    getNextPageParam: (last) => {
      const info = select(last).pageInfo
      return info.hasNextPage ? (info.endCursor ?? null) : null
    },
    enabled: options?.enabled,
  })
  const pages = result.data?.pages ?? []
  const nodes = pages.flatMap((page) => select(page).nodes)
  const totalCount = pages.length > 0 ? (select(pages[0]).totalCount ?? undefined) : undefined
  return { ...result, nodes, totalCount }
}

/** A mutation; result and variable types come from the generated document. */
export function useGraphQLMutation<TData, TVariables>(document: GraphQLDocument<TData, TVariables>) {
  const request = useGraphQLClient()
  return useMutation<TData, ApiError, TVariables>({
    mutationFn: (variables) => request(document, variables),
  })
}

/** Typed error in a mutation payload (docs/contracts.md: `{ <entity>, errors: [...] }`). */
export interface PayloadError {
  __typename: string
  code?: string | null
  message: string
  field?: string | null
}
