const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and double- or single-quoted
 * attributes. Every value that reaches an email's HTML goes through this one
 * function (render-mail-layout.ts), so a name or a handler's free text can
 * never inject markup or links into a message.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => replacements[ch] ?? ch);
}
