import type { AttachmentContentType } from '@oikeus/contracts';

const signatures: ReadonlyArray<{ type: AttachmentContentType; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The file's real type from its first bytes (its "magic number"), or null when
 * it is none of the accepted types. The type a browser declares is only what
 * the file name suggests, so it is never trusted on its own.
 */
export function detectAttachmentType(content: Uint8Array): AttachmentContentType | null {
  const match = signatures.find(({ bytes }) => bytes.every((byte, i) => content[i] === byte));
  return match?.type ?? null;
}
