export type ForbiddenKind = 'link' | 'contact' | 'code';

/**
 * What an answer about a policy never needs unless the policy itself has it: links and
 * addresses, e-mail and phone numbers (a model invents plausible ones), and code.
 */
const PATTERNS: Array<[ForbiddenKind, RegExp]> = [
  ['contact', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:tel|phone|fax|hotline|wechat|whatsapp)\s*[:：]|电话[:：]|热线电话|微信号/i],
  [
    'link',
    /\b(?:https?|ftp|file|javascript|data):|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|org|net|gov|edu|io|info|biz|co|xyz|top|me|app|dev|ly)\b(?:\/\S*)?/i,
  ],
  ['link', /\[[^\]]*\]\([^)]*\)|<a\s/i],
  ['code', /`|<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>|<\?|\?>|\{\{|\}\}|^\s*[{}[\]()]+\s*$|^\s*#!/im],
  [
    'code',
    /\bdef\s+\w+\s*\(|\bclass\s+\w+\s*[(:{]|^\s*import\s+[\w.]+|\bfrom\s+[\w.]+\s+import\b|\bfunction\s*\w*\s*\(|\b(?:const|let|var)\s+\w+\s*=|\bprint\s*\(|\bconsole\.log\b|\brequire\s*\(|#include\b|\bpublic\s+(?:static|class|void)\b|\blambda\s+\w*\s*:|\b(?:async|await)\s+\w+|^\s*(?:for|while|elif|try|except|with)\b[^.。]*:\s*$|\bfor\s+\w+\s+in\s+\w+/m,
  ],
  [
    'code',
    /\b[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\s*\(|\b[a-z]+_\w*\s*\(|\b\w+\(\s*\)|\b\w+\(\s*['"]|\b\w+\s*(?:\+=|-=|:=)|(?:^|\s)[A-Za-z_]\w*(?:\[[^\]]*\])?\s*=\s*\S/m,
  ],
  ['code', /==|!=|=>|->|&&|\|\||>>>\s|\$\s*\w+\s*=|\bsudo\s|\bpip3?\s+install\b|\bnpm\s+(?:i|install)\b|\bcurl\s+-|\bwget\s/],
  ['code', /\b(?:SELECT|INSERT|UPDATE|DELETE|DROP)\b[\s\S]*\b(?:FROM|INTO|SET|TABLE|WHERE)\b/],
];

/** Phone numbers: mainland mobiles, landlines with an area code, international numbers, grouped digits; not year ranges. */
const PHONE =
  /(?<![\d.])(?:(?:\+|00)\d{1,3}[\s-]?(?:\(?\d{1,4}\)?[\s-]?){1,4}\d{2,4}|1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}|\d{3,4}[\s-]\d{4}(?:[\s-]\d{4})?|\d{7,})(?![\d.])/g;
const YEARS = /^(?:19|20)\d\d[\s-](?:19|20)\d\d$/;

/** The first kind of forbidden content in `text` that `source` (the cited sections' text) lacks. */
export function findForbidden(text: string, source: string): ForbiddenKind | null {
  for (const [kind, pattern] of PATTERNS) {
    const found = pattern.exec(text);
    if (found && !source.includes(found[0].trim())) return kind;
  }
  // A number the source states counts however it is grouped ("021 6215 1234" for "021-62151234").
  const known = new Set((source.match(PHONE) ?? []).map(digitsOf));
  const phones = (text.match(PHONE) ?? []).filter((n) => !YEARS.test(n) && !source.includes(n) && !known.has(digitsOf(n)));
  return phones.length > 0 ? 'contact' : null;
}

const digitsOf = (number: string) => number.replace(/\D/g, '');
