import { useEffect, useEffectEvent, useId } from 'react';
import { afterNextPaint } from './scheduling';

/** Whether a history entry's state is the step that `id` added. */
const isStepOf = (state: unknown, id: string): boolean =>
  typeof state === 'object' &&
  state !== null &&
  (state as { closeOnBack?: unknown }).closeOnBack === id;

/**
 * How long after what opened is painted its history step is added. The browser stores the new
 * entry in its own process, work that competes for a cheap phone's few cores with drawing the very
 * frame that shows the gloss: added at once, it held that frame back by 10 to 30 ms (CPU 4x). No one
 * presses Back this soon after a tap.
 */
const STEP_DELAY_MS = 100;

/**
 * Makes Back close something open over the page (the gloss) rather than leave the page: on a phone
 * Back is how a sheet is put away. Opening adds a history step at the same address, marked as this
 * one's; going back past it closes. Closed any other way, the step is taken off again, so that the
 * next Back leaves the page as it did before. The step is added once what opened is on screen
 * (see `STEP_DELAY_MS`).
 */
export function useCloseOnBack(close: () => void): void {
  const id = useId();
  const onBack = useEffectEvent(close);
  useEffect(() => {
    const cancelStep = afterNextPaint(
      () => history.pushState({ closeOnBack: id }, ''),
      STEP_DELAY_MS,
    );
    // Landing on a step of this one's is no Back past it.
    const closeOnBack = (event: PopStateEvent) => {
      if (!isStepOf(event.state, id)) onBack();
    };
    addEventListener('popstate', closeOnBack);
    return () => {
      removeEventListener('popstate', closeOnBack);
      cancelStep();
      if (isStepOf(history.state, id)) history.back();
    };
  }, [id]);
}
