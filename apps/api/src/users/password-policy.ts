import { BadRequestException } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { MIN_PASSWORD_LENGTH } from './password-hasher';

/**
 * zxcvbn's score 3 means an estimated 10^8 guesses or more: out of reach of an online attacker
 * (sign-in is throttled) and slow offline against scrypt. Every test fixture and the generated
 * first-admin password score 4.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Only the start of a long password is judged: zxcvbn's matching grows faster than linearly (a
 * 256-digit string takes ~0.4 s of the event loop), and 64 strong characters are strong whatever follows.
 */
const JUDGED_LENGTH = 64;

// Spaces, control characters and the invisible ones (zero-width space, joiners, fillers) do not
// make a password harder to guess: twelve of them must not pass for twelve characters.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;

// The warning keys @zxcvbn-ts/core returns without a translation package, in our words.
const WHY: Record<string, string> = {
  simpleRepeat: 'it repeats one character',
  extendedRepeat: 'it repeats a pattern',
  sequences: 'it is a sequence such as abcd or 1234',
  straightRow: 'it is a row of keys',
  keyPattern: 'it is a keyboard pattern',
  topTen: 'it is one of the most common passwords',
  topHundred: 'it is one of the most common passwords',
  common: 'it is a common password',
  similarToCommon: 'it is a common password with small changes',
  wordByItself: 'it is a single common word',
  namesByThemselves: 'it is a name',
  commonNames: 'it is a common name',
  userInputs: 'it contains your e-mail address',
  dates: 'it is a date',
  recentYears: 'it is a recent year',
  pwned: 'it appears in leaked password lists',
};

let estimator: ZxcvbnFactory | undefined;
// Built on first use (~90 ms): most processes never set a password.
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: JUDGED_LENGTH }));

/**
 * Refuses (400) a password that is blank, too short once spaces and invisible characters are left
 * out, or easy to guess: repeated characters, sequences, keyboard rows, common passwords (the
 * list of @zxcvbn-ts/language-common), or the account's own e-mail address.
 */
export function checkPasswordPolicy(password: string, email?: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new BadRequestException(`The password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  const visible = [...password.replace(INVISIBLE, '')].length;
  if (visible === 0) throw new BadRequestException('The password is blank: it has only spaces or invisible characters');
  if (visible < MIN_PASSWORD_LENGTH)
    throw new BadRequestException(
      `The password must have at least ${MIN_PASSWORD_LENGTH} characters other than spaces and invisible ones`,
    );
  const userInputs = email ? [email, ...email.split(/[@.+_-]/).filter((w) => w.length >= 3)] : [];
  const result = zxcvbn().check(password.slice(0, JUDGED_LENGTH), userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const why =
    (result.feedback.warning && WHY[result.feedback.warning]) || 'it follows a pattern that is quick to guess';
  throw new BadRequestException(
    `The password is too easy to guess (${why}); choose a longer one, such as a few unrelated words`,
  );
}
