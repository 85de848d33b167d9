import { describe, expect, it } from 'vitest';
import { safeAttachmentName } from './attachment-name';

describe('safeAttachmentName', () => {
  it.each([
    ['identity-card.html', 'application/pdf', 'identity-card.pdf'],
    ['scan.pdf.exe', 'application/pdf', 'scan_pdf.pdf'],
    ['photo.svg', 'image/png', 'photo.png'],
    ['kuva.jpeg', 'image/jpeg', 'kuva.jpg'],
    ['invoice\u202Efdp.exe', 'application/pdf', 'invoicefdp.pdf'],
    ['a\u0000b\u200Bc\u2066.pdf', 'application/pdf', 'abc.pdf'],
    ['..\\..\\windows\\evil.bat', 'application/pdf', 'evil.pdf'],
    ['../../etc/passwd', 'image/png', 'passwd.png'],
    ['.htaccess', 'application/pdf', 'attachment.pdf'],
    ['', 'image/jpeg', 'attachment.jpg'],
    ['Henkilöllisyystodistus.PDF', 'application/pdf', 'Henkilöllisyystodistus.pdf'],
    ['report.pdf', 'text/html', 'report.bin'],
  ])('when %j is a %s, it is stored and served as %j', (name, type, expected) => {
    expect(safeAttachmentName(name, type)).toBe(expected);
  });
});
