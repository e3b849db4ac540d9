/**
 * The source of a text the learner added is "added by you", shown in the interface language of
 * the moment. It is stored as this marker, never as words of one language.
 */
export const OWN_TEXT_SOURCE = 'added-by-you';

export const isOwnTextSource = (source: string): boolean => source === OWN_TEXT_SOURCE;

/**
 * What version 1 stored instead: the label in the interface language active when the text was
 * saved (`addText:source` in locales/en and locales/tl then). The form had no source field, so
 * these were the only sources a learner's text could have.
 */
const VERSION_1_LABELS: ReadonlySet<string> = new Set(['Added by you', 'Idinagdag mo']);

/** A version 1 source as a current one: the marker for the learner's own, any other kept. */
export const sourceFromVersion1 = (source: string): string =>
  VERSION_1_LABELS.has(source) ? OWN_TEXT_SOURCE : source;
