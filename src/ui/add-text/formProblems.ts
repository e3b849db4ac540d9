import type { TextInputProblem } from '../../domain/content/textInput';

/** The fields of the Add text form a problem can be about; the uploads are fields of their own. */
export type FormField = 'title' | 'tagalog' | 'english' | 'uploadTagalog' | 'uploadEnglish';

/** One message in the form's problem summary, and the field it marks invalid, if any. */
export interface FormMessage {
  readonly id: string;
  readonly text: string;
  readonly blocking: boolean;
  readonly field?: FormField;
}

/** The field a problem with the pasted text is about; a warning marks no field. */
export function fieldOf(problem: TextInputProblem): FormField | undefined {
  return problem.kind === 'mismatch' ? undefined : problem.field;
}

/** For each field at fault, its `aria-invalid` and the ids of the messages that describe it. */
export function fieldAttributes(
  messages: readonly FormMessage[],
  field: FormField,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const ids = messages.filter((message) => message.field === field).map((message) => message.id);
  return ids.length > 0 ? { 'aria-invalid': true, 'aria-describedby': ids.join(' ') } : {};
}
