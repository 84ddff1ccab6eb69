/**
 * What goes into an email header (Subject, the From and Reply-To display names): one line, no
 * control character. The schemas refuse control characters in names already; this holds the
 * line for data stored before they did, and for anything a future field lets through.
 */

import { CONTROL_CHARACTERS, everywhere } from '../control-characters';

const CONTROL = everywhere(CONTROL_CHARACTERS);

/** One header-safe line: control characters become a space, runs of spaces one, trimmed. */
export function headerText(value: string): string {
  return value.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * "Display Name <address>" (RFC 5322): an ASCII name quoted, with its quotes and backslashes
 * escaped; any other name as an RFC 2047 encoded word, which SES requires of non-ASCII names.
 */
export function mailbox(address: string, displayName?: string): string {
  const name = displayName ? headerText(displayName) : '';
  if (!name) return address;
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/["\\]/g, (ch) => `\\${ch}`)}" <${address}>`;
  return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?= <${address}>`;
}
