// WhatsApp's own markup (*bold*, _italic_, ~strike~, ```mono```) as HTML. Bot text can carry anything a citizen
// typed (search queries are echoed back), so it is escaped before any tag is added.

const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => escapes[c]);
}

// A marker only counts when it hugs non-space text and sits at a word edge, so "5 * 3 * 2" or snake_case_ids
// stay as typed, the way WhatsApp treats them. The edges include ";", "&", ">" and "<" because the text is
// already escaped (a quote is &quot;) and an inner style may already be a tag.
function styled(marker, tag) {
  const m = marker.replace(/[*~]/g, "\\$&");
  const pattern = new RegExp(`(^|[\\s(\\[{;>*_~])${m}(\\S(?:[^\\n]*?\\S)?)${m}(?=$|[\\s.,!?:;)\\]}&<*_~])`, "g");
  return html => html.replace(pattern, `$1<${tag}>$2</${tag}>`);
}

const rules = [styled("```", "code"), styled("*", "strong"), styled("_", "em"), styled("~", "s")];

// URLs are cut out first so an underscore or tilde inside a link is never read as formatting.
const url = /https?:\/\/[^\s<>"']+[^\s<>"'.,!?:;)\]]/g;

export function formatWhatsApp(text) {
  const source = String(text ?? "");
  let html = "";
  let last = 0;
  for (const match of source.matchAll(url)) {
    html += formatPlain(source.slice(last, match.index));
    const href = escapeHtml(match[0]);
    html += `<a href="${href}" target="_blank" rel="noopener">${href}</a>`;
    last = match.index + match[0].length;
  }
  html += formatPlain(source.slice(last));
  return html;
}

function formatPlain(text) {
  const html = rules.reduce((h, rule) => rule(h), escapeHtml(text));
  return html.replace(/\n/g, "<br>");
}
