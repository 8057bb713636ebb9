import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlackCall } from './fake-slack-api.js';
import { blocksOf, inChannel, mention, quiet, startSlackHarness, threadReply, type SlackHarness } from './slack-harness.js';

let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(() => slack.close());

const reply = async (responseId: string, count = 1) =>
  (await slack.fake.waitForCalls('response_url', (c) => c.id === responseId, count)).at(-1)!;
const accessoryValue = (call: FakeSlackCall, actionId: string): string =>
  (call.args.blocks as any[]).find((b) => b.accessory?.action_id === actionId).accessory.value;
const buttonValue = (call: FakeSlackCall, actionId: string): string =>
  (call.args.blocks as any[]).flatMap((b) => b.elements ?? []).find((e: any) => e.action_id === actionId).value;

describe('/policy match', () => {
  it('lists the matching measures privately, in Chinese for a Chinese description, each with "Ask about this"', async () => {
    const res = await slack.sendCommand('match 我们是一家40人的人工智能初创公司，需要融资和人才', 'm1');
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('正在匹配措施') });
    const matches = await reply('m1');
    expect(matches.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const blocks = blocksOf(matches);
    expect(blocks).toContain('可能适用于贵公司的措施');
    expect(blocks).toContain('*措施41* · 加强人才引育和服务保障');
    expect(blocks).toContain('需求：人才；责任部门：区人才局');
    expect(blocks).toContain('ask_about_match:M41');

    await slack.sendAction({ action_id: 'ask_about_match:M41', value: accessoryValue(matches, 'ask_about_match:M41') }, 'm1-ask');
    const answer = await reply('m1-ask');
    expect(answer.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const answered = blocksOf(answer);
    expect(answered).toContain('措施41有哪些支持？由哪个部门负责？');
    expect(answered).toContain('*措施41*');
    expect(answered).toContain('区人才局');
    expect(answered).toContain('分享到频道');
  });

  it('asks about a matched measure in the thread when the matches sit in one', async () => {
    await slack.sendAction({ action_id: 'ask_about_match:M10', value: 'M10' }, 'm2-ask', '800.1');
    const [update] = await slack.fake.waitForCalls('chat.update', inChannel('C1'));
    expect(slack.fake.callsTo('chat.postMessage', inChannel('C1'))[0]!.args.thread_ts).toBe('800.1');
    expect(blocksOf(update!)).toContain('*Measure 10*');
    expect(await slack.deps.store.findConversationByKey('slack', 'C1:800.1')).not.toBeNull();
  });

  it('says plainly when no measure applies', async () => {
    await slack.sendCommand('match We breed racehorses and sell saddles to riding clubs.', 'm3');
    expect(blocksOf(await reply('m3'))).toContain('No measure in the policy applies to this description.');
  });
});

describe("answers in the asker's language", () => {
  it('answers a Chinese mention in Chinese: labels, departments and buttons', async () => {
    await slack.sendEvent('EvZ1', mention('CZ', '900.1', '科技企业能用专利做抵押贷款吗？'));
    const [progress] = await slack.fake.waitForCalls('chat.postMessage', inChannel('CZ'));
    expect(progress!.args.text).toContain('正在回答');
    const [update] = await slack.fake.waitForCalls('chat.update', inChannel('CZ'));
    const blocks = blocksOf(update!);
    expect(blocks).toContain('*措施10*');
    expect(blocks).toContain('区投资办');
    expect(blocks).toContain('查看全文（措施10）');
    expect(blocks).not.toContain('Measure 10');

    await slack.sendAction({ action_id: 'view_section:M10', value: buttonValue(update!, 'view_section:M10') }, 'z-view');
    const [opened] = await slack.fake.waitForCalls('views.open', (c) => c.args.trigger_id === 'trigger-z-view');
    expect(opened!.args.view.title.text).toBe('措施10');
    expect(JSON.stringify(opened!.args.view.blocks)).toContain('责任部门：区投资办');
  });

  it('shows a measure in Chinese for /policy 措施10, and help in both languages', async () => {
    const section = await (await slack.sendCommand('措施10', 'z2')).json();
    expect(section.blocks[0].text.text).toMatch(/^措施10.*提升科技金融/);
    expect(JSON.stringify(section.blocks)).toContain('责任部门：区投资办');
    const help = JSON.stringify((await (await slack.sendCommand('help', 'z3')).json()).blocks);
    expect(help).toContain('/policy match');
    expect(help).toContain('可以用中文或英文向我咨询');
  });
});

describe('in a channel thread', () => {
  it('answers questions in a thread the bot answered, and leaves other talk alone', async () => {
    await slack.sendEvent('EvT1', mention('CT', '700.1', 'Can a tech company get a loan backed by its patents?'));
    await slack.fake.waitForCalls('chat.update', inChannel('CT'));

    await slack.sendEvent('EvT2', threadReply('CT', '700.2', '700.1', 'thanks, that helps'));
    await slack.sendEvent('EvT3', threadReply('CT', '700.3', '700.1', 'Great, I will call them tomorrow.'));
    await quiet();
    expect(slack.fake.callsTo('chat.postMessage', inChannel('CT'))).toHaveLength(1);

    await slack.sendEvent('EvT4', threadReply('CT', '700.4', '700.1', 'Who handles that?'));
    const updates = await slack.fake.waitForCalls('chat.update', inChannel('CT'), 2);
    expect(blocksOf(updates[1]!)).toContain('Investment Office');

    await slack.sendEvent('EvT5', threadReply('CT', '700.5', '700.1', '那由哪个部门负责'));
    const chinese = await slack.fake.waitForCalls('chat.update', inChannel('CT'), 3);
    expect(blocksOf(chinese[2]!)).toContain('区投资办');
  });

  it('answers a mention in any thread, question or not', async () => {
    await slack.sendEvent('EvT6', mention('CU', '710.2', 'measure 10 please', '710.1'));
    const [progress] = await slack.fake.waitForCalls('chat.postMessage', inChannel('CU'));
    expect(progress!.args.thread_ts).toBe('710.1');
    await slack.fake.waitForCalls('chat.update', inChannel('CU'));
  });

  it('does not answer a question in a thread it was never part of', async () => {
    await slack.sendEvent('EvT7', threadReply('CV', '720.2', '720.1', 'What does measure 10 say?'));
    await quiet();
    expect(slack.fake.callsTo('chat.postMessage', inChannel('CV'))).toHaveLength(0);
  });
});
