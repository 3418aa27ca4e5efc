import { useState, type ChangeEvent } from 'react';

/**
 * A search box whose text lives in the address: it shows what is typed at once, hands every change
 * to `onText` (which replaces the address rather than pushing, so typing does not flood history),
 * and follows the address when it changes otherwise (back, forward, a pasted link).
 */
export function useSearchBox(fromAddress: string, onText: (text: string) => void) {
  const [typed, setTyped] = useState(fromAddress);
  const [followed, setFollowed] = useState(fromAddress);
  // React's pattern for state that follows a prop: adopt the address's text when it moved on its own.
  if (fromAddress !== followed) {
    setFollowed(fromAddress);
    if (fromAddress !== typed) setTyped(fromAddress);
  }
  return {
    value: typed,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.currentTarget.value;
      setTyped(text);
      setFollowed(text);
      onText(text);
    },
  };
}
