import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from './report-html.js';
import { RUN_INFO, runFakeEval } from '../../test/eval-fixtures.js';

describe('renderHtmlReport', () => {
  it('escapes questions, answers and run details, so a <script> payload is shown, not run', async () => {
    const system = await runFakeEval();
    const html = renderHtmlReport({ system, baseline: null, info: RUN_INFO });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; weather?');
  });

  it('is self-contained: inline SVG bars, no external URL', async () => {
    const html = renderHtmlReport({ system: await runFakeEval(), baseline: await runFakeEval(), info: RUN_INFO });
    expect(html.match(/<svg /g)).toHaveLength(10);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<link|<script/);
    expect(html).toContain('System vs baseline');
  });

  it('records the run: commit, mode, datasets, date and today', async () => {
    const html = renderHtmlReport({ system: await runFakeEval(), baseline: null, info: RUN_INFO });
    for (const text of [
      'commit: <b>abc1234</b>',
      'mode: <b>offline</b>',
      'date: <b>2026-01-15T08:00:00.000Z</b>',
      'today: <b>2026-01-15</b>',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain('3 questions, 2 turns in 1 conversations, 2 company profiles');
  });

  it('lists every case by language and kind, failing ones open, passing ones folded', async () => {
    const html = renderHtmlReport({ system: await runFakeEval(), baseline: null, info: RUN_INFO });
    expect(html).toContain('Cases (3 failing of 7)');
    const headings = [...html.matchAll(/<h4>([^<]+)<\/h4>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'en · paraphrase: 1 cases, 0 failing',
      'en · out_of_scope: 1 cases, 1 failing',
      'en · followup: 1 cases, 1 failing',
      'en · match: 1 cases, 0 failing',
      'zh · conversation: 2 cases, 1 failing',
      'zh · match: 1 cases, 0 failing',
    ]);
    const cases = [...html.matchAll(/<details class="case (pass|fail)"( open)?><summary>.*?<b>([^<]+)<\/b>/g)].map((m) => [
      m[3],
      m[1],
      Boolean(m[2]),
    ]);
    expect(cases).toEqual([
      ['q1', 'pass', false],
      ['q2', 'fail', true],
      ['q3', 'fail', true],
      ['p1', 'pass', false],
      ['c1#1', 'pass', false],
      ['c1#2', 'fail', true],
      ['p2', 'pass', false],
    ]);
    expect(html).toContain('answered, but should refuse');
    expect(html).toContain('should cite nothing, cited M10');
    expect(html).toContain('evals/conversations.jsonl:1');
    expect(html).toContain('<summary>conversation so far</summary>');
  });
});
