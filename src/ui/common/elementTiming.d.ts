// Element Timing (https://wicg.github.io/element-timing/): lets the bench see when a sentence is painted.
import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- must match React's own declaration
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
