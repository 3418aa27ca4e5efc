import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import type { AppError } from '../../shared/errors';
import { call } from './backend';

export interface OperationState<T> {
  /**
   * The answer for the CURRENT input, or undefined while it loads or after it failed: a screen
   * never shows the rows of a previous filter (or the record of a previous id) as if current.
   * A `reload()` of the same input keeps the value until the new answer arrives.
   */
  value: T | undefined;
  error: AppError | null;
  /** A call is under way; tables mark themselves busy with it. */
  loading: boolean;
  reload: () => void;
}

/** An answer, and which request it answers: the input (as JSON) and the reload count it was made for. */
type Loaded<T> = { inputKey: string; generation: number; value: T | undefined; error: AppError | null };

/**
 * Loads one read operation and reloads when its input changes (compared as JSON) or on `reload()`.
 * `enabled: false` skips the call (e.g. the person lacks the permission).
 */
export function useOperation<N extends OperationName>(name: N, input: InputOf<N>, enabled = true): OperationState<OutputOf<N>> {
  const inputKey = `${name} ${JSON.stringify(input)}`;
  const [loaded, setLoaded] = useState<Loaded<OutputOf<N>> | null>(null);
  const [generation, setGeneration] = useState(0);
  // The input object may be new at every render; the call is made again only when its JSON changes.
  const callWithCurrentInput = useEffectEvent(() => call(name, input));

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void callWithCurrentInput().then((result) => {
      if (!current) return; // a newer request (or unmount) superseded this one
      // A failure drops the old value, so an error is never shown beside rows it does not describe.
      setLoaded(result.ok ? { inputKey, generation, value: result.value, error: null } : { inputKey, generation, value: undefined, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [name, inputKey, enabled, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // What was loaded for another input is not shown: the new input's answer is still on its way.
  const forThisInput = loaded?.inputKey === inputKey ? loaded : null;
  // A reload keeps showing this input's value, marked busy until the newer answer arrives.
  const answered = forThisInput !== null && forThisInput.generation === generation;
  return { value: forThisInput?.value, error: forThisInput?.error ?? null, loading: enabled && !answered, reload };
}
