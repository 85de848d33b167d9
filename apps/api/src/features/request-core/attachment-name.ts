/** The extension every stored and served file gets, from its detected type only. */
const extensionOf: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

/**
 * Control, format (bidi overrides such as U+202E, zero-width characters) and
 * separator characters, and what file systems or headers treat specially.
 * U+202E makes `fdp.exe` show as `exe.pdf`; none of these belongs in a name.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}"<>|:*?/\\]/gu;

/** The name without what could deceive a person or a program, for display (never as a file name on its own). */
export function stripUnsafeNameCharacters(name: string): string {
  return name.normalize('NFC').replace(UNSAFE, '').trim();
}

/**
 * The name a file someone uploaded is stored, served and packed under: the
 * uploaded name's stem with the extension of the detected type. A PDF called
 * `identity-card.html` becomes `identity-card.pdf`, `scan.pdf.exe` becomes
 * `scan_pdf.pdf`: whatever opens it afterwards (a browser, an unzipped export
 * on someone's desktop) treats it as what it really is. Applied again when
 * serving, so files stored under an older, laxer rule are served safely too.
 */
export function safeAttachmentName(name: string, contentType: string): string {
  const extension = extensionOf[contentType] ?? '.bin';
  const base = stripUnsafeNameCharacters(name.replaceAll('\\', '/').split('/').pop() ?? '');
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replaceAll('.', '_')
    .replace(/^[\s_-]+/, '')
    .slice(0, 120)
    .trim();
  return `${stem || 'attachment'}${extension}`;
}
