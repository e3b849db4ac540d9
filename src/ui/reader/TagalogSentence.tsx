import { memo, useMemo } from 'react';
import { tokenize } from '../../domain/text/tokenize';

export interface WordTarget {
  readonly text: string;
  /** Position among the sentence's words (punctuation and spaces not counted). */
  readonly wordIndex: number;
  readonly element: HTMLButtonElement;
}

interface Props {
  readonly text: string;
  readonly onWord: (target: WordTarget) => void;
  /** Optional class per word index, e.g. to mark saved words by stage. */
  readonly wordClass?: (wordIndex: number) => string | undefined;
}

/**
 * The legend item that says what a word's mark means (`stage-new` → "New"), for a screen reader:
 * the colour alone tells only those who see it. See HighlightLegend.
 */
const describedByMark = (mark: string | undefined): string | undefined =>
  mark?.startsWith('stage-') ? `word-${mark}` : undefined;

/** The Tagalog sentence exactly as written, each word a button that opens its gloss. */
export const TagalogSentence = memo(function TagalogSentence({ text, onWord, wordClass }: Props) {
  const tokens = useMemo(() => tokenize(text), [text]);
  let wordIndex = -1;
  return (
    <>
      {tokens.map((token) => {
        if (token.kind !== 'word') return token.text;
        wordIndex += 1;
        const index = wordIndex;
        const extra = wordClass?.(index);
        return (
          <button
            key={token.start}
            type="button"
            className={extra ? `word ${extra}` : 'word'}
            aria-describedby={describedByMark(extra)}
            onClick={(event) =>
              onWord({ text: token.text, wordIndex: index, element: event.currentTarget })
            }
          >
            {token.text}
          </button>
        );
      })}
    </>
  );
});
