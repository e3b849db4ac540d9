import type { Ref } from 'react';
import type { FormMessage } from './formProblems';

/**
 * The form's problems, above it. It takes focus after a failed submit (`tabIndex` -1), so a learner
 * on a phone, scrolled down to the button, is brought to it and a screen reader reads it.
 */
export function ProblemSummary({
  messages,
  ref,
}: {
  messages: readonly FormMessage[];
  ref: Ref<HTMLDivElement>;
}) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="problems" tabIndex={-1} ref={ref}>
      <ul>
        {messages.map((message) => (
          <li
            key={message.id}
            id={message.id}
            className={message.blocking ? 'blocking' : 'warning'}
          >
            {message.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
