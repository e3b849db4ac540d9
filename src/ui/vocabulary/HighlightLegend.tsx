import { useState } from 'react';
import { vocabularyRepository } from '../../storage/vocabularyRepository';
import { HighlightBarView } from './HighlightBarView';
import type { TextStages } from './wordStages';

/** "Mark saved words" switch, the stage legend and how many words of the text are still new. */
export default function HighlightLegend({ stages }: { stages: TextStages }) {
  // Switched at once; the stored setting follows, and the reader reloads its marks.
  const [on, setOn] = useState(stages.settings.highlights);
  return (
    <HighlightBarView
      unknown={stages.unknown}
      on={on}
      onToggle={(highlights) => {
        setOn(highlights);
        vocabularyRepository()
          .putSettings({ ...stages.settings, highlights })
          .catch(() => setOn(!highlights));
      }}
    />
  );
}
