// Crisis phrases, checked in this browser only: the phrases arrive inside the chat page (a hidden
// list the server renders from its phrase file) and what the member writes is compared here.
// Nothing about the check is ever sent anywhere; see docs/crisis-phrases.md.

const LETTER = '[\\p{L}\\p{N}]';

/** Lower case, no accents, no apostrophes, and any other run of non-letters as one space. */
export function normalise(text) {
  return String(text || '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`]/gu, '')
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

/** A matcher for each phrase; a `*` at an end lets the phrase be part of a longer word there. */
export function compile(phrases) {
  const matchers = [];
  for (const phrase of phrases) {
    const open = phrase.startsWith('*');
    const close = phrase.endsWith('*');
    const core = normalise(phrase.replace(/^\*|\*$/g, '')).replace(/\*/g, '');
    if (core.length < 2) {
      continue;
    }
    const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    matchers.push(new RegExp(`${open ? '' : `(?<!${LETTER})`}${escaped}${close ? '' : `(?!${LETTER})`}`, 'u'));
  }
  return matchers;
}

/** Whether any of `texts` contains a phrase. */
export function mentionsCrisis(matchers, ...texts) {
  const written = normalise(texts.join(' '));
  return written.length > 0 && matchers.some((m) => m.test(written));
}

/** The phrases the page carries (every language's: people write in the language they think in). */
export function pagePhrases(root = globalThis.document) {
  return compile([...root.querySelectorAll('#crisis-phrases li')].map((li) => li.textContent));
}
