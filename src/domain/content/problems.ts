/** A problem found in a content file, precise enough to fix without searching. */
export interface ContentProblem {
  readonly file: string;
  readonly textId?: string;
  readonly sentenceId?: string;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = [
    problem.textId && `text ${problem.textId}`,
    problem.sentenceId && `sentence ${problem.sentenceId}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${problem.file}${where ? ` (${where})` : ''}: ${problem.message}`;
}
