import { QueryClient, queryOptions, useMutation, useQuery, useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import { domainsReadBy, domainsTouchedBy, type Domain, type ReadOperationName, type WriteOperationName } from '../../shared/contract/effects';
import type { AppError, Result } from '../../shared/errors';
import { call } from './backend';

// The renderer's data layer: TanStack Query over the typed `call`. A read is cached under
// [operation name, input]; a write refreshes every cached read of the domains it touches
// (declared once, in shared/contract/effects.ts).

export type HearthQueryKey<N extends ReadOperationName = ReadOperationName> = readonly [N, InputOf<N>];

export function hearthQueryKey<N extends ReadOperationName>(name: N, input: InputOf<N>): HearthQueryKey<N> {
  return [name, input] as const;
}

/**
 * Unwraps a Result for TanStack Query: a refusal becomes the query's (typed) error, an Error that
 * carries every field of the AppError (code, messageKey, fieldErrors...) so screens read it as one.
 */
async function callOrThrow<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await call(name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value;
}

/** The options of one read, for `useQuery`, `prefetchQuery` or `fetchQuery` (e.g. a palette's search). */
export function hearthQueryOptions<N extends ReadOperationName>(name: N, input: InputOf<N>) {
  return queryOptions<OutputOf<N>, AppError, OutputOf<N>, HearthQueryKey<N>>({
    queryKey: hearthQueryKey(name, input),
    queryFn: () => callOrThrow(name, input),
  });
}

/**
 * A refusal (no permission, a validation error, a conflict, a locked session) would be refused
 * again: only a failure of the bridge itself is worth one more try.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return (error as Partial<AppError> | null)?.code === 'internal' && failureCount < 1;
}

/** One client per signed-in app: the next person never sees the last one's cached rows. */
export function createHearthQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A desktop window: coming back to it or to the network is no reason to ask the core again.
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false, retry: shouldRetry, retryDelay: 300 },
      mutations: { retry: false },
    },
  });
}

export interface HearthQuery<T> {
  /**
   * The answer for the CURRENT input, or undefined while it loads or after it failed: a screen
   * never shows the rows of a previous filter (or the record of a previous id) as current. A
   * refresh of the same input keeps the value until the new answer arrives.
   */
  data: T | undefined;
  error: AppError | null;
  /** A call is under way (first load, new input or refresh); tables mark themselves busy with it. */
  busy: boolean;
  /** Asks again now (e.g. "Reload" after a stale-record refusal). */
  refetch: () => void;
}

/**
 * One read operation, typed by name: `useHearthQuery('residents.list', input)`.
 * `enabled: false` skips the call (e.g. the person lacks the permission); `refetchInterval` asks
 * again every so many milliseconds (a board left open on a wall stays right).
 */
export function useHearthQuery<N extends ReadOperationName>(name: N, input: InputOf<N>, options: { enabled?: boolean; refetchInterval?: number } = {}): HearthQuery<OutputOf<N>> {
  const enabled = options.enabled ?? true;
  const query = useQuery({ ...hearthQueryOptions(name, input), enabled, refetchInterval: options.refetchInterval ?? false });
  const { refetch } = query;
  const refetchNow = useCallback(() => void refetch(), [refetch]);
  // A failed refresh drops the old value, so an error is never shown beside rows it does not describe.
  return { data: query.isError ? undefined : query.data, error: query.error, busy: enabled && query.isFetching, refetch: refetchNow };
}

function readsAnyOf(query: Query, domains: readonly Domain[]): boolean {
  const name = query.queryKey[0];
  return typeof name === 'string' && domainsReadBy(name as OperationName).some((domain) => domains.includes(domain));
}

/** Marks stale, and refetches if shown, every cached read of these domains. */
export function invalidateDomains(client: QueryClient, domains: readonly Domain[]): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => readsAnyOf(query, domains) });
}

/** Refreshes what a successful write changed, as its contract entry declares. */
export function invalidateAfter(client: QueryClient, name: WriteOperationName): Promise<void> {
  return invalidateDomains(client, domainsTouchedBy(name));
}

export interface HearthMutation<N extends WriteOperationName> {
  /**
   * Runs the write; never throws. On success the reads it touches are refreshed. The screen maps
   * a failure as before: `applyServerFieldErrors` for field errors, `SaveErrorAlert` for a stale
   * record, `notifyError` otherwise.
   */
  run: (input: InputOf<N>) => Promise<Result<OutputOf<N>>>;
  pending: boolean;
}

/** One write operation, typed by name: `const admit = useHearthMutation('residents.admit')`. */
export function useHearthMutation<N extends WriteOperationName>(name: N): HearthMutation<N> {
  const client = useQueryClient();
  const { mutateAsync, isPending } = useMutation<OutputOf<N>, AppError, InputOf<N>>({
    mutationFn: (input) => callOrThrow(name, input),
    // Not awaited: the screen moves on at once and the refreshed reads arrive behind it.
    onSuccess: () => void invalidateAfter(client, name),
  });
  const run = useCallback(
    async (input: InputOf<N>): Promise<Result<OutputOf<N>>> => {
      try {
        return { ok: true, value: await mutateAsync(input) };
      } catch (error) {
        return { ok: false, error: error as AppError };
      }
    },
    [mutateAsync],
  );
  return { run, pending: isPending };
}
