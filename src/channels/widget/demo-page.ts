import { escapeHtml } from '../../core/text/escape-html.js';

/** The demo portal's own words, in English (`GET /`) and Chinese (`GET /?lang=zh`). */
const PAGES = {
  en: {
    title: "Jing'an Enterprise Service Portal (demo)",
    brand: "Jing'an Enterprise Service Portal",
    nav: ['Home', 'Services', 'Policies', 'Contact'],
    other: ['/?lang=zh', '中文', 'zh'],
    note: 'This is a fictional portal for demonstrating the policy assistant; it is not an official government site.',
    welcome: "Welcome, enterprises of Jing'an",
    lead: "Questions about the district's industrial development measures (JDDRC D (2024) No.18)? Open the policy assistant at the bottom right.",
    services: [
      ['Company registration', 'Register a new enterprise or change its details.'],
      ['Talent services', 'Residence permits, housing support and training subsidies.'],
      ['Policy support', 'Apply for district support funds and incentives.'],
      ['Office space', 'Find incubators and office buildings in the district.'],
    ],
    embed: 'Embed the assistant on your own portal',
    attrs: 'One line, anywhere in the page. Optional attributes:',
    copy: 'Copy embed code',
    copied: 'Copied.',
    copyFailed: 'Select the code above and copy it.',
    hint: "Replace /widget.js with this server's full address, e.g. https://assistant.example.org/widget.js (the operator can set PUBLIC_URL to show it here).",
  },
  zh: {
    title: '静安企业服务门户（演示）',
    brand: '静安企业服务门户',
    nav: ['首页', '服务', '政策', '联系我们'],
    other: ['/', 'English', 'en'],
    note: '本页面为演示政策助手而虚构，并非政府官方网站。',
    welcome: '欢迎静安区企业',
    lead: '对区产业发展若干措施（JDDRC D (2024) No.18）有疑问？请打开右下角的政策助手。',
    services: [
      ['企业登记', '新设企业登记或变更企业信息。'],
      ['人才服务', '居住证、住房保障和培训补贴。'],
      ['政策扶持', '申请区级扶持资金和奖励。'],
      ['办公空间', '查找区内孵化器和办公楼宇。'],
    ],
    embed: '在您的门户中嵌入政策助手',
    attrs: '一行代码，放在页面任意位置。可选属性：',
    copy: '复制嵌入代码',
    copied: '已复制。',
    copyFailed: '请选中上方代码后复制。',
    hint: '请将 /widget.js 替换为本服务的完整地址，例如 https://assistant.example.org/widget.js（运维人员设置 PUBLIC_URL 后，此处会直接显示）。',
  },
} as const;

export type DemoLanguage = keyof typeof PAGES;

/** The copy button's script, served as /demo.js so the page needs no inline script under its CSP. */
export const DEMO_SCRIPT = `document.getElementById('copy-snippet').addEventListener('click', function () {
  var button = this;
  var done = function (text) { document.getElementById('copy-status').textContent = text; };
  var text = document.getElementById('snippet').textContent;
  Promise.resolve().then(function () { return navigator.clipboard.writeText(text); }).then(
    function () { done(button.dataset.done); },
    function () { done(button.dataset.fail); }
  );
});
`;

/**
 * The embed line shown for copying. It names the configured public URL (PUBLIC_URL); without
 * one it stays relative, because the request's Host header is the caller's to choose.
 */
export function embedSnippet(publicUrl: string | null, lang: DemoLanguage = 'en'): { snippet: string; hint: string } {
  const attrs = lang === 'zh' ? ' data-lang="zh"' : '';
  if (publicUrl) return { snippet: `<script src="${publicUrl.replace(/\/+$/, '')}/widget.js"${attrs} defer></script>`, hint: '' };
  return {
    snippet: `<script src="/widget.js"${attrs} defer></script>`,
    hint: PAGES[lang].hint,
  };
}

/** GET / (and /?lang=zh): a fictional enterprise portal that embeds the widget exactly as an outside site would. */
export function renderDemoPage(publicUrl: string | null, lang: DemoLanguage = 'en'): string {
  const p = PAGES[lang];
  const { snippet, hint } = embedSnippet(publicUrl, lang);
  const cards = p.services.map(([title, text]) => `<article><h3>${escapeHtml(title)}</h3><p>${escapeHtml(text)}</p></article>`).join('');
  const nav = p.nav.map((item) => `<span>${escapeHtml(item)}</span>`).join('');
  const [otherHref, otherName, otherLang] = p.other;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style>
body{margin:0;font:16px/1.5 Georgia,"Noto Serif CJK SC","Songti SC",serif;color:#222;background:#f6f4ef}
.bar{background:#7a1f1f;color:#fff;padding:14px 24px;display:flex;gap:24px;align-items:center;flex-wrap:wrap}
.bar strong{font-size:20px}.bar nav{display:flex;gap:16px;font-size:14px}.bar a{color:#fff;margin-left:auto}
main{max-width:960px;margin:0 auto;padding:24px}
.note{background:#fff3cd;border:1px solid #e0c36a;padding:8px 12px;border-radius:4px;font-size:14px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:16px}
article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px}
h3{margin:0 0 4px}
pre{background:#1e1e1e;color:#e6e6e6;padding:12px;border-radius:6px;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
button{font:inherit;padding:6px 14px}
</style></head><body>
<div class="bar"><strong>${escapeHtml(p.brand)}</strong><nav>${nav}</nav><a href="${otherHref}" lang="${otherLang}" hreflang="${otherLang}">${otherName}</a></div>
<main>
<p class="note">${escapeHtml(p.note)}</p>
<h1>${escapeHtml(p.welcome)}</h1>
<p>${escapeHtml(p.lead)}</p>
<section class="grid">${cards}</section>
<h2>${escapeHtml(p.embed)}</h2>
<p>${escapeHtml(p.attrs)} <code>data-api</code>, <code>data-title</code>, <code>data-lang="zh"</code>, <code>data-open="true"</code>.</p>
<pre id="snippet">${escapeHtml(snippet)}</pre>
${hint ? `<p id="snippet-hint">${escapeHtml(hint)}</p>\n` : ''}<button type="button" id="copy-snippet" data-done="${escapeHtml(p.copied)}" data-fail="${escapeHtml(p.copyFailed)}">${escapeHtml(p.copy)}</button> <span id="copy-status" role="status"></span>
</main>
<script src="/demo.js" defer></script>
<script src="/widget.js"${lang === 'zh' ? ' data-lang="zh"' : ''} defer></script>
</body></html>`;
}
