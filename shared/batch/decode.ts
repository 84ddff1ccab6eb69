/**
 * Which text encoding a CSV is in, and its text. Files come from Excel on Chinese Windows:
 * UTF-8 with a BOM ("CSV UTF-8"), GB18030/GBK without one (Simplified Chinese Windows' "CSV"),
 * Big5 (Traditional Chinese Windows). GB18030 decodes almost any byte sequence without error,
 * so "UTF-8, else GB18030" turns Big5 into wrong characters silently; the decision between
 * legacy encodings is left to chardet's statistical detectors, and every candidate's decoding
 * of the names is returned so a person can see which one reads right and choose it. Pure.
 */
import { analyse } from 'chardet';

export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface EncodingGuess {
  encoding: Encoding;
  /** Why: a byte-order mark, text that is valid UTF-8, or the detector's confidence (0-100). */
  basis: 'bom' | 'valid-utf-8' | 'detected' | 'chosen';
  confidence: number;
}

const BOMS: readonly [Encoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const CHARDET_NAMES: Record<string, Encoding> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

/** The encoding a file is most likely in, and the others worth offering, best first. */
export function detectEncoding(bytes: Uint8Array): { best: EncodingGuess; candidates: EncodingGuess[] } {
  for (const [encoding, bom] of BOMS)
    if (startsWith(bytes, bom)) return { best: { encoding, basis: 'bom', confidence: 100 }, candidates: [] };
  if (isUtf8(bytes)) {
    const best: EncodingGuess = { encoding: 'utf-8', basis: 'valid-utf-8', confidence: 100 };
    return { best, candidates: [best] };
  }
  const detected: EncodingGuess[] = [];
  for (const { name, confidence } of analyse(bytes)) {
    const encoding = CHARDET_NAMES[name];
    if (encoding && encoding !== 'utf-8' && !detected.some((d) => d.encoding === encoding))
      detected.push({ encoding, basis: 'detected', confidence });
  }
  // The two legacy Chinese encodings are always offered, so a wrong guess can be overridden.
  for (const encoding of ['gb18030', 'big5'] as const)
    if (!detected.some((d) => d.encoding === encoding)) detected.push({ encoding, basis: 'detected', confidence: 0 });
  const chinese = detected.filter((d) => d.encoding === 'gb18030' || d.encoding === 'big5');
  const best = chinese[0] ?? { encoding: 'gb18030', basis: 'detected', confidence: 0 };
  return { best, candidates: chinese };
}

/** The text of a file in an encoding, without its byte-order mark (one glued to the first header is a classic trap). */
export function decodeText(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes).replace(/^\uFEFF/, '');
}

/** How many characters decoded as U+FFFD (bytes that mean nothing in the encoding). */
export const replacementCount = (text: string) => (text.match(/\uFFFD/g) ?? []).length;
