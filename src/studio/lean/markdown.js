// Stands in for codemirror-json-schema's utils/markdown.js in the studio build (vite.config.ts,
// studioLean): plain text with `code` spans, escaped, since the library puts it in innerHTML.
const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => entities[c]);

export function renderMarkdown(markdown, inline = true) {
  const html = escape(markdown)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\n/g, '<br>');
  return inline ? html : `<p>${html}</p>`;
}
