import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from './report-html.js';
import { runFakeEval } from '../../test/eval-fixtures.js';

describe('renderHtmlReport', () => {
  it('escapes questions and answers, so a <script> payload is shown, not run', async () => {
    const system = await runFakeEval();
    const html = renderHtmlReport({ system, baseline: null, about: { dataset: '<img src=x onerror=alert(1)>' } });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; weather?');
  });

  it('is self-contained: inline SVG bars, no external URL, every failing case listed', async () => {
    const system = await runFakeEval();
    const baseline = await runFakeEval();
    const html = renderHtmlReport({ system, baseline, about: {} });
    expect(html.match(/<svg /g)).toHaveLength(8);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<link|<script/);
    expect(html).toContain('Failing cases (2 of 3)');
    expect(html).toContain('q2');
    expect(html).toContain('answered, but should refuse');
    expect(html).toContain('System vs baseline');
  });
});
