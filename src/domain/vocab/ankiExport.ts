// Saved words as a delimited file Anki imports: Front (Tagalog), Back (English), Context.
import { displayForm, type SavedWord } from './savedWord';

export type Delimiter = 'tab' | 'comma';

function front(word: SavedWord): string {
  const form = displayForm(word);
  return form.toLowerCase() === word.root.toLowerCase() ? form : `${form} (${word.root})`;
}

function context(word: SavedWord): string {
  const first = word.contexts[0];
  if (!first) return '';
  return first.sentenceEn ? `${first.sentenceTl} — ${first.sentenceEn}` : first.sentenceTl;
}

function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ').trim();
}

function csvField(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ').trim();
  return /[",]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

export function ankiExport(words: readonly SavedWord[], delimiter: Delimiter): string {
  const rows = words.map((word) => [front(word), word.sense, context(word)]);
  if (delimiter === 'tab') {
    // Anki (2.1.55 and later) reads these headers; older versions skip lines starting with '#'.
    const header = ['#separator:tab', '#html:false', '#columns:Front\tBack\tContext'];
    return [...header, ...rows.map((row) => row.map(tsvField).join('\t'))].join('\n') + '\n';
  }
  return (
    [['Front', 'Back', 'Context'], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') +
    '\r\n'
  );
}
