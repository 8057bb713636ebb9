import { AppError } from '../errors.js';
import type { SqlDriver, SqlValue } from './sql-driver.js';
import { HANDOFF_STATUSES, type Handoff, type HandoffStatus, type StaffMessage, type Store } from './store.js';

type HandoffRow = Record<'id' | 'conversation_id' | 'status' | 'created_at' | 'updated_at', string> &
  Record<'contact' | 'note' | 'slack_channel' | 'slack_ts' | 'staff_user', string | null>;

type StaffMessageRow = Record<'id' | 'handoff_id' | 'conversation_id' | 'author' | 'text' | 'slack_ts' | 'created_at', string>;

type HandoffMethods = Pick<
  Store,
  | 'createHandoff'
  | 'getHandoff'
  | 'findActiveHandoff'
  | 'findHandoffByThread'
  | 'updateHandoffStatus'
  | 'listHandoffs'
  | 'listConversationHandoffs'
  | 'addStaffMessage'
  | 'listStaffMessages'
>;

const INSERT_HANDOFF = `INSERT INTO handoffs (id, conversation_id, status, contact, note, slack_channel, slack_ts, staff_user, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_STAFF_MESSAGE = `INSERT INTO staff_messages (id, handoff_id, conversation_id, author, text, slack_ts, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (handoff_id, slack_ts) DO NOTHING RETURNING id`;
const LIST_HANDOFFS = `SELECT h.*, (SELECT COUNT(*) FROM staff_messages s WHERE s.handoff_id = h.id) AS staff_replies
  FROM handoffs h ORDER BY h.created_at DESC, h.id DESC LIMIT ?`;

/** The hand-off half of the SQL store: the same statements on SQLite, D1 and PostgreSQL. */
export function createHandoffStore(db: SqlDriver): HandoffMethods {
  return {
    async createHandoff(h) {
      await db.run(INSERT_HANDOFF, [
        h.id,
        h.conversationId,
        checkStatus(h.status),
        h.contact,
        h.note,
        h.slackChannel,
        h.slackTs,
        h.staffUser,
        h.createdAt,
        h.updatedAt,
      ]);
    },
    async getHandoff(id) {
      return toHandoff(await db.get<HandoffRow>('SELECT * FROM handoffs WHERE id = ?', [id]));
    },
    async findActiveHandoff(conversationId) {
      return toHandoff(
        await db.get<HandoffRow>(
          `SELECT * FROM handoffs WHERE conversation_id = ? AND status <> 'resolved' ORDER BY created_at DESC, id DESC LIMIT 1`,
          [conversationId],
        ),
      );
    },
    async findHandoffByThread(channel, ts) {
      return toHandoff(await db.get<HandoffRow>('SELECT * FROM handoffs WHERE slack_channel = ? AND slack_ts = ?', [channel, ts]));
    },
    async updateHandoffStatus(id, { from, to, staffUser, at }) {
      if (from.length === 0) return null;
      // One conditional UPDATE: of two simultaneous clicks, only the first finds the status it expects.
      const rows = await db.all<HandoffRow>(
        `UPDATE handoffs SET status = ?, staff_user = ?, updated_at = ? WHERE id = ? AND status IN (${from.map(() => '?').join(', ')}) RETURNING *`,
        [checkStatus(to), staffUser, at, id, ...from.map(checkStatus)],
      );
      return toHandoff(rows[0]);
    },
    async listHandoffs(limit) {
      const rows = await db.all<HandoffRow & { staff_replies: number }>(LIST_HANDOFFS, [limit]);
      return rows.map((row) => ({ ...toHandoff(row)!, staffReplies: Number(row.staff_replies) }));
    },
    async listConversationHandoffs(conversationId) {
      const rows = await db.all<HandoffRow>('SELECT * FROM handoffs WHERE conversation_id = ? ORDER BY created_at, id', [conversationId]);
      return rows.map((row) => toHandoff(row)!);
    },
    async addStaffMessage(m) {
      const params: SqlValue[] = [m.id, m.handoffId, m.conversationId, m.author, m.text, m.slackTs, m.createdAt];
      return (await db.all(INSERT_STAFF_MESSAGE, params)).length > 0;
    },
    async listStaffMessages(conversationId) {
      // Ids begin with their creation time, so they break ties in time order without SQLite's rowid.
      const rows = await db.all<StaffMessageRow>('SELECT * FROM staff_messages WHERE conversation_id = ? ORDER BY created_at, id', [
        conversationId,
      ]);
      return rows.map(toStaffMessage);
    },
  };
}

function checkStatus(status: HandoffStatus): HandoffStatus {
  if (!(HANDOFF_STATUSES as readonly string[]).includes(status)) {
    throw new AppError('invalid_request', `status must be one of ${HANDOFF_STATUSES.join(', ')}`);
  }
  return status;
}

function toHandoff(row: HandoffRow | undefined): Handoff | null {
  if (!row) return null;
  return {
    id: row.id,
    conversationId: row.conversation_id,
    status: row.status as HandoffStatus,
    contact: row.contact,
    note: row.note,
    slackChannel: row.slack_channel,
    slackTs: row.slack_ts,
    staffUser: row.staff_user,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toStaffMessage(row: StaffMessageRow): StaffMessage {
  return {
    id: row.id,
    handoffId: row.handoff_id,
    conversationId: row.conversation_id,
    author: row.author,
    text: row.text,
    slackTs: row.slack_ts,
    createdAt: row.created_at,
  };
}
