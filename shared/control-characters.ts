/**
 * Control characters: C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F) and the Unicode line and
 * paragraph separators. None belongs in a name; in an email header or a calendar line one can
 * start a new header or end the line. One definition for the schemas, the email headers and the
 * calendar feed.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** The same less tab, LF and CR, which a multi-line field (a reason, notes) may hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL_CHARACTERS_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** What a calendar TEXT value may not hold once its line breaks are escaped: all but tab. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL_CHARACTERS_BUT_TAB = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

/** A global copy of a pattern, for replace(). */
export const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'g');
