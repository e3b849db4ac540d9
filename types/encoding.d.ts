// The domain is checked without DOM types, but TextEncoder and TextDecoder exist in every
// JavaScript runtime we target (browsers and Node), so the domain may use them.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
