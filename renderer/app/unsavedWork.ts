import { useEffect, useId } from 'react';

// Which parts of the screen hold typed work that is not saved yet: a page's form (through
// UnsavedChangesPrompt) or a dialog's (AppModal with `unsavedChanges`). Navigation asks through the
// router's blocker; signing out is no navigation, so it asks this registry before it drops them.

const holders = new Set<string>();

/** Registers this component as holding unsaved work while `when` is true. */
export function useUnsavedWork(when: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!when) return;
    holders.add(id);
    return () => {
      holders.delete(id);
    };
  }, [id, when]);
}

export const hasUnsavedWork = (): boolean => holders.size > 0;
