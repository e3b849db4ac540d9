// Line-oriented stdin → stdout for the command-line tools: whole input at once, output in chunks.
import { readFileSync } from 'node:fs';

export function readStdinLines(): string[] {
  const input = readFileSync(0, 'utf8');
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function writeLines(lines: Iterable<string>): void {
  const chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length >= 4096) {
      process.stdout.write(chunk.join('\n') + '\n');
      chunk.length = 0;
    }
  }
  if (chunk.length > 0) process.stdout.write(chunk.join('\n') + '\n');
}

/**
 * Answers each line of stdin with one line of stdout, in order: `answer` gets the word (the line
 * trimmed, never empty) and returns the line to print; a blank line gets `blank`. Each distinct
 * line is answered once and its answer kept as text: running text repeats most of its words, and
 * text is smaller to keep than what produced it.
 */
export function answerEachLine(
  answer: (word: string, form: string) => string,
  blank: (form: string) => string,
): void {
  const answers = new Map<string, string>();
  writeLines(
    (function* () {
      for (const form of readStdinLines()) {
        let line = answers.get(form);
        if (line === undefined) {
          const word = form.trim();
          line = word === '' ? blank(form) : answer(word, form);
          answers.set(form, line);
        }
        yield line;
      }
    })(),
  );
}
