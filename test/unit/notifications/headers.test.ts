/** Nothing a name holds can add a line to an email header. */
import { headerText, mailbox } from '../../../shared/notifications/headers';

describe('email headers', () => {
  it('turn control characters into spaces, so a CR/LF cannot start a new header', () => {
    expect(headerText('Rotation changed: Medicine\r\nBcc: x@evil.example')).toBe(
      'Rotation changed: Medicine Bcc: x@evil.example',
    );
    expect(headerText('A\u0000B\u001b\u0085C\u2028D\tE')).toBe('A B C D E');
    expect(headerText('  輪轉更改：內科  ')).toBe('輪轉更改：內科');
  });

  it('write a display name quoted (ASCII) or encoded (anything else), never raw', () => {
    expect(mailbox('office@example.org', 'GBA "Programme" Office')).toBe(
      '"GBA \\"Programme\\" Office" <office@example.org>',
    );
    expect(mailbox('office@example.org', 'Evil\r\nBcc: x@evil.example')).toBe(
      '"Evil Bcc: x@evil.example" <office@example.org>',
    );
    const encoded = mailbox('office@example.org', '醫院管理局');
    expect(encoded).toBe(`=?UTF-8?B?${Buffer.from('醫院管理局').toString('base64')}?= <office@example.org>`);
    expect(mailbox('office@example.org')).toBe('office@example.org');
  });
});
