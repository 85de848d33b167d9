import { describe, expect, it } from 'vitest';
import { detectAttachmentType } from './detect-attachment-type';

const bytes = (...list: number[]) => Uint8Array.from(list);

describe('detectAttachmentType', () => {
  it('when the file starts with %PDF-, it is a PDF', () => {
    expect(detectAttachmentType(new TextEncoder().encode('%PDF-1.7\n...'))).toBe('application/pdf');
  });

  it('when the file has the PNG signature, it is a PNG', () => {
    expect(detectAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe(
      'image/png',
    );
  });

  it('when the file starts with FF D8 FF, it is a JPEG', () => {
    expect(detectAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00))).toBe('image/jpeg');
  });

  it('when an HTML page is named like a PDF, it is not accepted', () => {
    expect(
      detectAttachmentType(new TextEncoder().encode('<html><script>alert(1)</script>')),
    ).toBeNull();
  });

  it('when the file is shorter than any signature, it is not accepted', () => {
    expect(detectAttachmentType(bytes(0x25, 0x50))).toBeNull();
    expect(detectAttachmentType(bytes())).toBeNull();
  });
});
