import { useEffect, useState } from 'react';
import { afterNextPaint } from './scheduling';

/**
 * False until what this component first drew has been painted, then true: what the learner waits
 * for is drawn first, what can wait a frame (controls below it) right after.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
