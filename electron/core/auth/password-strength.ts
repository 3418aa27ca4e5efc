import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as french from '@zxcvbn-ts/language-fr';
import { DomainError } from '../errors';

/**
 * Whether a chosen password is hard enough to guess, judged by zxcvbn (the estimator password
 * crackers' own wordlists inspired) with the common, English and French dictionaries: our staff
 * write in both languages. Length alone let `aaaaaaaaaa` and `password123` through.
 *
 * zxcvbn scores 0 to 4; 3 means "safely unguessable" online and, with scrypt on the file, offline
 * for long enough. Below it the password is refused with zxcvbn's warning and suggestions as our
 * own message keys (validation.weakPassword.*, validation.passwordHint.*), never its English text.
 */
export const MINIMUM_SCORE = 3;

/**
 * Built once, on first use, and kept: measured on a 2-core build machine, loading the dictionaries
 * costs ~140 ms (at import), the first check ~200 ms (the factory ranks ~100k words), later checks
 * 10–20 ms (up to ~0.3 s for a long mixed one). A start-up should not pay the ranking before
 * anyone chooses a password, and no check should pay it twice.
 * No `translations` option, so zxcvbn's feedback stays as its keys.
 */
let factory: ZxcvbnFactory | null = null;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** Who the password is for: their own names and user name are the first guesses of anyone who knows them. */
export interface PasswordOwner {
  firstName: string;
  lastName: string;
  username: string;
}

export interface PasswordJudgement {
  score: number;
  /** Message keys: the reason first, then what to do. Empty when the password is strong enough. */
  messageKeys: string[];
}

export function judgePassword(password: string, owner: PasswordOwner): PasswordJudgement {
  const inputs = userInputsOf(owner);
  // zxcvbn rates "marie eve tremblay" as three words, well enough; for this person it is the first guess.
  if (isOnlyOwnNames(password, inputs)) return { score: 0, messageKeys: ['validation.weakPassword.userInputs', 'validation.passwordHint.anotherWord'] };
  const result = estimator().check(password, inputs);
  if (result.score >= MINIMUM_SCORE) return { score: result.score, messageKeys: [] };
  return { score: result.score, messageKeys: feedbackKeys(result) };
}

/** Refuses a weak password as a validation error on `field`, nothing written. */
export function assertStrongPassword(password: string, owner: PasswordOwner, field: string): void {
  const { messageKeys } = judgePassword(password, owner);
  if (messageKeys.length === 0) return;
  throw new DomainError('validation', 'problems.checkFields', 'This password is too easy to guess.', { fieldErrors: { [field]: messageKeys } });
}

/**
 * Each name also in its parts ("Marie-Ève" → "marie", "ève") and without accents ("eve"), since
 * people type them both ways.
 */
function userInputsOf(owner: PasswordOwner): string[] {
  const whole = [owner.firstName, owner.lastName, owner.username, `${owner.firstName}${owner.lastName}`].map((value) => value.trim().toLowerCase());
  // "O'Brien" is typed "obrien" and "brien": split with and without the apostrophe.
  const parts = whole.flatMap((value) => [...value.split(/[\s._-]+/), ...value.split(/[\s'’._-]+/)]);
  const all = [...whole, ...parts];
  return [...new Set([...all, ...all.map(withoutAccents)])].filter((value) => value.length >= 2);
}

function withoutAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * True when the password's letters are nothing but the person's names and user name, in any order
 * and repeated, whatever digits, symbols, spaces or capitals surround them ("Tremblay2026!",
 * "Marie Eve Tremblay", "ada admin 2026").
 */
function isOnlyOwnNames(password: string, inputs: string[]): boolean {
  const letters = withoutAccents(password.toLowerCase()).replace(/[^\p{L}]/gu, '');
  const names = [...new Set(inputs.map((input) => withoutAccents(input).replace(/[^\p{L}]/gu, '')))].filter((name) => name.length >= 2);
  if (letters.length === 0 || names.length === 0) return false;
  // Word break: can the letters be cut entirely into names? reachable[i]: the first i letters can.
  const reachable = new Array<boolean>(letters.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= letters.length; end += 1) {
    reachable[end] = names.some((name) => name.length <= end && reachable[end - name.length] && letters.startsWith(name, end - name.length));
  }
  return reachable[letters.length];
}

const WARNINGS = new Set([
  'straightRow', 'keyPattern', 'simpleRepeat', 'extendedRepeat', 'sequences', 'recentYears', 'dates', 'topTen', 'topHundred',
  'common', 'similarToCommon', 'wordByItself', 'namesByThemselves', 'commonNames', 'userInputs', 'pwned',
]);
const SUGGESTIONS = new Set([
  'l33t', 'reverseWords', 'allUppercase', 'capitalization', 'dates', 'recentYears', 'associatedYears', 'sequences', 'repeated',
  'longerKeyboardPattern', 'anotherWord', 'useWords', 'noNeed', 'pwned',
]);

/** zxcvbn's keys mapped to ours; one we do not know (a newer zxcvbn) falls back to a general reason. */
function feedbackKeys(result: ZxcvbnResult): string[] {
  const { warning, suggestions } = result.feedback;
  const reason = warning && WARNINGS.has(warning) ? `validation.weakPassword.${warning}` : 'validation.weakPassword.generic';
  const hints = suggestions.filter((suggestion) => SUGGESTIONS.has(suggestion)).map((suggestion) => `validation.passwordHint.${suggestion}`);
  return [reason, ...(hints.length > 0 ? hints : ['validation.passwordHint.anotherWord'])];
}
