import { useId } from 'react';
import { decodeTextFile } from '../../domain/content/textInput';

export type FileProblem = {
  readonly reason: 'encoding' | 'binary' | 'too-large';
  readonly file: string;
};

/** A `.txt` upload that hands back decoded text and the file's name, or why it could not be read. */
export function FileField(props: {
  label: string;
  onText: (text: string, file: string) => void;
  onProblem: (problem: FileProblem) => void;
  /** `aria-invalid` and `aria-describedby` while a failed upload's message is shown. */
  problem?: { 'aria-invalid'?: true; 'aria-describedby'?: string };
}) {
  const id = useId();
  return (
    <div className="file-field">
      <label className="button file-button" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="visually-hidden-file"
        type="file"
        accept=".txt,text/plain"
        {...props.problem}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (!file) return;
          const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
          if (decoded.ok) props.onText(decoded.text, file.name);
          else props.onProblem({ reason: decoded.reason, file: file.name });
        }}
      />
    </div>
  );
}
