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
