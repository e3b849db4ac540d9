// A word's cards (its directions) are siblings: the answer of one gives the next away, so a session
// spreads them out instead of showing them back to back.

interface Card {
  readonly wordId: string;
}

/**
 * `cards` in rounds: each word's first card, then each word's second card, and so on; within a
 * round, words in the order their first card comes in `cards` (so the most urgent still leads).
 * `placed` counts each word's cards already placed before these (it is updated), so a word seen
 * earlier, or just answered, starts in a later round.
 */
function inRounds<T extends Card>(cards: readonly T[], placed: Map<string, number>): T[] {
  const firstAt = new Map<string, number>();
  const ranked = cards.map((card, index) => {
    const round = placed.get(card.wordId) ?? 0;
    placed.set(card.wordId, round + 1);
    if (!firstAt.has(card.wordId)) firstAt.set(card.wordId, index);
    return { card, round, first: firstAt.get(card.wordId) ?? index };
  });
  ranked.sort((a, b) => a.round - b.round || a.first - b.first);
  return ranked.map(({ card }) => card);
}

/**
 * Moves a card of another word forward wherever two cards of one word (or the just-answered word
 * and the first card) would meet, until only one word's cards are left.
 */
function apart<T extends Card>(cards: readonly T[], justAnswered: string | undefined): T[] {
  const result = [...cards];
  let previous = justAnswered;
  for (let index = 0; index < result.length; index += 1) {
    if (result[index]!.wordId === previous) {
      let other = index + 1;
      while (other < result.length && result[other]!.wordId === previous) other += 1;
      if (other === result.length) break; // only this word's cards are left
      result.splice(index, 0, ...result.splice(other, 1));
    }
    previous = result[index]!.wordId;
  }
  return result;
}

/**
 * The session's order: the due cards, then the new ones, each group in rounds so a word's cards
 * are spread out, and never two cards of one word in a row while another word's card remains (a
 * due card may wait behind a new card for that). The cards of `justAnswered`, the word of the card
 * just answered, start in the second round: after the other words' first cards.
 */
export function spreadSiblings<T extends Card>(
  due: readonly T[],
  fresh: readonly T[],
  justAnswered?: string,
): T[] {
  const placed = new Map<string, number>(justAnswered === undefined ? [] : [[justAnswered, 1]]);
  return apart([...inRounds(due, placed), ...inRounds(fresh, placed)], justAnswered);
}

/**
 * How long after an answer its word counts as just answered when a session is read again (after
 * a reload): long enough for a reload or a short break, not for a return hours later, when
 * keeping the word's cards back would only make due cards wait.
 */
export const JUST_ANSWERED_FOR_MS = 10 * 60_000;

/** The word of the latest answer in `log`, if it was given within `JUST_ANSWERED_FOR_MS` of `now`. */
export function justAnsweredIn(
  log: readonly { readonly wordId: string; readonly reviewedAt: number }[],
  now: Date,
): string | undefined {
  let latest: (typeof log)[number] | undefined;
  for (const entry of log) if (!latest || entry.reviewedAt >= latest.reviewedAt) latest = entry;
  return latest && now.getTime() - latest.reviewedAt <= JUST_ANSWERED_FOR_MS
    ? latest.wordId
    : undefined;
}
