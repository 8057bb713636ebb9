import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { startSlackSocketMode } from '../src/channels/slack/create-slack-app.js';
import { parseConfig } from '../src/core/config.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';
import { BOT_USER_ID, startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';

/** Slack's side of Socket Mode on loopback: says hello, sends envelopes, collects acks. */
let wss: WebSocketServer;
let socket: WebSocket;
const acks: Array<{ envelope_id: string; payload?: Record<string, any> }> = [];
let fake: FakeSlackApi;
let deps: NodeDeps;
let stop: () => Promise<void>;

beforeAll(async () => {
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss.once('listening', resolve));
  const connected = new Promise<void>((resolve) =>
    wss.once('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => acks.push(JSON.parse(String(data))));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1 }));
      resolve();
    }),
  );
  fake = await startFakeSlackApi({ socketUrl: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link` });
  const env = {
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: 'unused',
    SLACK_APP_TOKEN: 'xapp-test',
    SLACK_API_URL: fake.apiUrl,
  };
  deps = await createNodeDeps(parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'jingan-socket-')), ...env }));
  ({ stop } = await startSlackSocketMode(deps));
  await connected;
});
afterAll(async () => {
  await stop();
  wss.close();
  await fake.close();
  await deps.store.close();
});

const send = (envelope: Record<string, unknown>) => socket.send(JSON.stringify(envelope));
const waitForAck = async (envelopeId: string) => {
  for (let waited = 0; waited < 5000; waited += 20) {
    const ack = acks.find((a) => a.envelope_id === envelopeId);
    if (ack) return ack;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ack for ${envelopeId}`);
};
const mentionEnvelope = (envelopeId: string, eventId: string, retryAttempt: number, channel = 'C7', ts = '700.1') => ({
  envelope_id: envelopeId,
  type: 'events_api',
  accepts_response_payload: false,
  retry_attempt: retryAttempt,
  retry_reason: retryAttempt > 0 ? 'timeout' : '',
  payload: {
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: eventId,
    event_time: 1,
    event: { type: 'app_mention', user: 'U1', text: `<@${BOT_USER_ID}> What does measure 10 say?`, ts, channel, event_ts: ts },
  },
});

describe('Slack over Socket Mode', () => {
  it('opened the socket through SLACK_API_URL', () => {
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it('acks a mention envelope and answers in its thread; a retried envelope is acked but not answered', async () => {
    send(mentionEnvelope('env-1', 'Ev-700', 0));
    await waitForAck('env-1');
    const [update] = await fake.waitForCalls('chat.update', (c) => c.args.channel === 'C7');
    expect(JSON.stringify(update!.args.blocks)).toContain('Measure 10');
    send(mentionEnvelope('env-2', 'Ev-700', 1));
    await waitForAck('env-2');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.callsTo('chat.postMessage', (c) => c.args.channel === 'C7')).toHaveLength(1);
  });

  it('answers a retried envelope of an event it never received', async () => {
    send(mentionEnvelope('env-5', 'Ev-750', 1, 'C75', '750.1'));
    await waitForAck('env-5');
    await fake.waitForCalls('chat.update', (c) => c.args.channel === 'C75');
  });

  it('answers /policy measure 10 in the ack payload', async () => {
    send({
      envelope_id: 'env-3',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        command: '/policy',
        text: 'measure 10',
        team_id: 'T1',
        user_id: 'U1',
        channel_id: 'C7',
        response_url: 'http://127.0.0.1:9/unused',
        trigger_id: 't',
      },
    });
    const ack = await waitForAck('env-3');
    expect(ack.payload!.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.payload!.blocks)).toContain('Measure 10: Enhancing technology finance');
  });
});
