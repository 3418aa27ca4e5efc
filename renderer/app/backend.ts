import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { invoke } from './api';

// Screens call `call` rather than `invoke`: an `unauthenticated` answer while someone is signed
// in means the core locked or ended the session (idle timeout, deactivation), so the session
// owner is told to ask the core again and show the lock or sign-in screen.

type Listener = () => void;
const listeners = new Set<Listener>();

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function call<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
  const result = await invoke(name, input);
  if (!result.ok && result.error.code === 'unauthenticated') listeners.forEach((listener) => listener());
  return result;
}
