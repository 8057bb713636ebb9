import { escapeHtml } from '../../core/text/escape-html.js';

const SERVICES = [
  ['Company registration', 'Register a new enterprise or change its details.'],
  ['Talent services', 'Residence permits, housing support and training subsidies.'],
  ['Policy support', 'Apply for district support funds and incentives.'],
  ['Office space', 'Find incubators and office buildings in the district.'],
];

/** The copy button's script, served as /demo.js so the page needs no inline script under its CSP. */
export const DEMO_SCRIPT = `document.getElementById('copy-snippet').addEventListener('click', function () {
  var done = function (text) { document.getElementById('copy-status').textContent = text; };
  var text = document.getElementById('snippet').textContent;
  Promise.resolve().then(function () { return navigator.clipboard.writeText(text); }).then(
    function () { done('Copied.'); },
    function () { done('Select the code above and copy it.'); }
  );
});
`;

/**
 * The embed line shown for copying. It names the configured public URL (PUBLIC_URL); without
 * one it stays relative, because the request's Host header is the caller's to choose.
 */
export function embedSnippet(publicUrl: string | null): { snippet: string; hint: string } {
  if (publicUrl) return { snippet: `<script src="${publicUrl.replace(/\/+$/, '')}/widget.js" defer></script>`, hint: '' };
  return {
    snippet: '<script src="/widget.js" defer></script>',
    hint: "Replace /widget.js with this server's full address, e.g. https://assistant.example.org/widget.js (the operator can set PUBLIC_URL to show it here).",
  };
}

/** GET /: a fictional enterprise portal that embeds the widget exactly as an outside site would. */
export function renderDemoPage(publicUrl: string | null): string {
  const { snippet, hint } = embedSnippet(publicUrl);
  const cards = SERVICES.map(([title, text]) => `<article><h3>${escapeHtml(title!)}</h3><p>${escapeHtml(text!)}</p></article>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jing'an Enterprise Service Portal (demo)</title>
<style>
body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#f6f4ef}
.bar{background:#7a1f1f;color:#fff;padding:14px 24px;display:flex;gap:24px;align-items:center;flex-wrap:wrap}
.bar strong{font-size:20px}.bar nav{display:flex;gap:16px;font-size:14px}
main{max-width:960px;margin:0 auto;padding:24px}
.note{background:#fff3cd;border:1px solid #e0c36a;padding:8px 12px;border-radius:4px;font-size:14px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:16px}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px}
h3{margin:0 0 4px}
pre{background:#1e1e1e;color:#e6e6e6;padding:12px;border-radius:6px;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
button{font:inherit;padding:6px 14px}
</style></head><body>
<div class="bar"><strong>Jing'an Enterprise Service Portal</strong><nav><span>Home</span><span>Services</span><span>Policies</span><span>Contact</span></nav></div>
<main>
<p class="note">This is a fictional portal for demonstrating the policy assistant; it is not an official government site.</p>
<h1>Welcome, enterprises of Jing'an</h1>
<p>Questions about the district's industrial development measures (JDDRC D (2024) No.18)? Open the policy assistant at the bottom right.</p>
<section class="grid">${cards}</section>
<h2>Embed the assistant on your own portal</h2>
<p>One line, anywhere in the page. Optional attributes: <code>data-api</code>, <code>data-title</code>, <code>data-lang="zh"</code>, <code>data-open="true"</code>.</p>
<pre id="snippet">${escapeHtml(snippet)}</pre>
${hint ? `<p id="snippet-hint">${escapeHtml(hint)}</p>\n` : ''}<button type="button" id="copy-snippet">Copy embed code</button> <span id="copy-status" role="status"></span>
</main>
<script src="/demo.js" defer></script>
<script src="/widget.js" defer></script>
</body></html>`;
}
