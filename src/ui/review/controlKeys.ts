// Page shortcuts (Space, 1–4) must not take a key from the control it was pressed on: Space opens
// a <details>, presses a button, types a space in a field; a field takes digits too.

/** Where typing goes: these take every key. */
const TEXT_ENTRY = [
  'input',
  'select',
  'textarea',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="combobox"]',
  '[role="slider"]',
  '[role="spinbutton"]',
];

/** Controls that Space (and Enter) work, and anything inside a <details> (its summary or form). */
const CONTROLS = [
  ...TEXT_ENTRY,
  'a[href]',
  'button',
  'summary',
  'details',
  '[role="button"]',
  '[role="link"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="option"]',
].join(', ');

const TEXT_ENTRY_SELECTOR = TEXT_ENTRY.join(', ');

/**
 * The key press is aimed at a control, which should have it, not the page's shortcuts: Space and
 * Enter on any control, other keys (digits) in a field, which types them.
 */
export function isForControl(event: KeyboardEvent): boolean {
  const { target, key } = event;
  if (!(target instanceof Element)) return false;
  const selector = key === ' ' || key === 'Enter' ? CONTROLS : TEXT_ENTRY_SELECTOR;
  return target.closest(selector) !== null;
}
