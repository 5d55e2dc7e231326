// A value that must be one of a few words (a mode, a login method), checked where it is read.

import { InputError } from './errors.js';

/** `text` if it is one of `allowed`; else an input error naming where it was given (a flag, an input). */
export function oneOf<T extends string>(allowed: readonly T[], text: string, name: string): T {
  if (!(allowed as readonly string[]).includes(text))
    throw new InputError(`${name} must be ${allowed.join(', ')}, not "${text}"`);
  return text as T;
}
