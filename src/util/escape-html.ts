// One escaper for text and attribute values in HTML, and in the SVG/XML the
// frames are drawn from: the five characters that can end a text run or an
// attribute. `&#39;` rather than `&apos;`: the same in XML, and HTML 4 knows it too.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}
