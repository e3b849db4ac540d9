// The words ticked in the Vocabulary list. A bulk action acts on what the learner sees: a word the
// search or a filter hides leaves the selection.

/** `selected` without the words not in `shown`; the same set when none is dropped. */
export function keepVisible(
  selected: ReadonlySet<string>,
  shown: readonly { readonly id: string }[],
): ReadonlySet<string> {
  if (selected.size === 0) return selected;
  const visible = new Set(shown.map((word) => word.id));
  const kept = new Set([...selected].filter((id) => visible.has(id)));
  return kept.size === selected.size ? selected : kept;
}
