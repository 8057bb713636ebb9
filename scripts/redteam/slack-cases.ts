import { BOT_USER_ID, signSlackRequest, type FakeSlackCall } from '../../test/fake-slack-api.js';
import { commandBody, eventBody } from '../../test/slack-payloads.js';
import { SLACK_SECRET, type Target } from './start-target.js';
import type { Tally } from './tally.js';

const QUESTION = 'Can a tech company get a loan backed by its patents?';
/** How long an ignored delivery is given to show that it really was ignored. */
const QUIET_MS = 500;

/**
 * Exactly once over Slack's HTTP events: a retry of an event the server never saw is answered
 * (the first attempt was lost in a restart), retries and repeats of an answered event are not,
 * deliveries of one event racing each other are answered once, and a signed /policy command
 * replayed inside the five-minute window is answered once.
 */
export async function runSlackCases(target: Target): Promise<Tally> {
  target.model.mode = 'honest';
  const cases: Array<[string, () => Promise<boolean>]> = [
    [
      'a retry of an event never received is answered once',
      async () => {
        await sendEvent(target, 'EvRt1', 'CR1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' });
        await sendEvent(target, 'EvRt1', 'CR1', { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' });
        return answeredOnce(target, 'chat.update', (c) => c.args.channel === 'CR1');
      },
    ],
    [
      'retries and a repeat of an answered event are skipped',
      async () => {
        await sendEvent(target, 'EvRt2', 'CR2');
        await target.slack.waitForCalls('chat.update', (c) => c.args.channel === 'CR2');
        for (const n of ['1', '2', '3'])
          await sendEvent(target, 'EvRt2', 'CR2', { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' });
        await sendEvent(target, 'EvRt2', 'CR2');
        return answeredOnce(target, 'chat.postMessage', (c) => c.args.channel === 'CR2');
      },
    ],
    [
      'deliveries of one event racing each other are answered once',
      async () => {
        await Promise.all(['0', '1', '2', '3'].map((n) => sendEvent(target, 'EvRt3', 'CR3', n === '0' ? {} : { 'x-slack-retry-num': n })));
        return answeredOnce(target, 'chat.postMessage', (c) => c.args.channel === 'CR3');
      },
    ],
    [
      'a replayed /policy command is answered once',
      async () => {
        const body = commandBodyFor(target, 'rt-cmd-1');
        const headers = signSlackRequest(SLACK_SECRET, body);
        await post(target, body, 'application/x-www-form-urlencoded', headers);
        await target.slack.waitForCalls('response_url', (c) => c.id === 'rt-cmd-1');
        await post(target, body, 'application/x-www-form-urlencoded', headers);
        return answeredOnce(target, 'response_url', (c) => c.id === 'rt-cmd-1');
      },
    ],
    [
      'a /policy command replayed concurrently is answered once',
      async () => {
        const body = commandBodyFor(target, 'rt-cmd-2');
        const headers = signSlackRequest(SLACK_SECRET, body);
        await Promise.all([1, 2, 3].map(() => post(target, body, 'application/x-www-form-urlencoded', headers)));
        return answeredOnce(target, 'response_url', (c) => c.id === 'rt-cmd-2');
      },
    ],
  ];
  const tally: Tally = { name: 'slack exactly once (retries, replays)', contained: 0, total: cases.length, failures: [] };
  for (const [name, run] of cases) {
    try {
      if (await run()) tally.contained++;
      else tally.failures.push(`${name}: answered more than once`);
    } catch (error) {
      tally.failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  return tally;
}

async function answeredOnce(target: Target, method: string, where: (call: FakeSlackCall) => boolean): Promise<boolean> {
  await target.slack.waitForCalls(method, where);
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  return target.slack.callsTo(method, where).length === 1;
}

function sendEvent(target: Target, eventId: string, channel: string, headers: Record<string, string> = {}) {
  const ts = `${eventId.length}.${channel.length}`;
  const event = { type: 'app_mention', user: 'U1', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts, channel, event_ts: ts };
  const body = eventBody(eventId, event);
  return post(target, body, 'application/json', { ...signSlackRequest(SLACK_SECRET, body), ...headers });
}

function commandBodyFor(target: Target, id: string): string {
  return commandBody(QUESTION, target.slack.responseUrl(id), `trigger-${id}`);
}

async function post(target: Target, body: string, type: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(`${target.base}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
  if (res.status !== 200) throw new Error(`/slack/events answered ${res.status}`);
  await res.text();
}
