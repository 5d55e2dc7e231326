// STUB: replaced by the warm implementation.
export interface WarmOptions {
  readonly images?: readonly string[];
}
export async function warm(_options: WarmOptions): Promise<{ images: unknown[] }> {
  throw new Error('warm: not implemented yet');
}
