import type { NcbClient } from '../ncb/client.js';
import type { Insert } from '../ncb/schema.js';
import type { DEVICES, LANGUAGES, OUTCOMES, SENTIMENTS } from '../../model/vocabulary.js';

/** A voice conversation as a flow knows it, in domain terms; this module maps it onto `voice_sessions` columns. */
export interface VoiceSessionFacts {
  language: (typeof LANGUAGES)[number];
  /** ISO timestamps: the first turn, and the end (the end beacon, else the last turn). */
  startedAt: string;
  endedAt: string;
  userAgent?: string | null;
  /** The page the visitor talked from (or the referrer when the page is unknown). */
  referrerPage?: string | null;
  /** The whole transcript, each turn with its ISO time. */
  transcript: { role: 'user' | 'assistant'; content: string; at: string }[];
  /** Action tags the agent took, e.g. OPEN_BOOKING, SCROLL_TO_pricing. */
  actions: string[];
  topics: string[];
  intents: string[];
  painPoints: string[];
  objections: string[];
  sentiment: (typeof SENTIMENTS)[number];
  outcome: (typeof OUTCOMES)[number];
}

/** The CRM's device column, classified from the user agent (tablets first: many tablet agents also say Mobile/Android). */
function device(ua: string | null | undefined): (typeof DEVICES)[number] | null {
  if (!ua) return null;
  if (/iPad|Tablet|PlayBook|Silk/i.test(ua)) return 'tablet';
  if (/Mobi|Android|iPhone/i.test(ua)) return 'mobile';
  return 'desktop';
}

/** The `voice_sessions` columns for `facts` (all but external_session_id); list columns are JSON text. */
export function voiceSessionRow(f: VoiceSessionFacts): Omit<Insert<'voice_sessions'>, 'external_session_id'> {
  return {
    start_time: f.startedAt,
    end_time: f.endedAt,
    duration: Math.max(0, Math.round((new Date(f.endedAt).getTime() - new Date(f.startedAt).getTime()) / 1000)),
    language: f.language,
    user_agent: f.userAgent?.slice(0, 500) ?? null,
    device: device(f.userAgent),
    referrer_page: f.referrerPage ?? null,
    messages: JSON.stringify(f.transcript.map(({ role, content, at }) => ({ role, content, timestamp: at }))),
    total_questions: f.transcript.filter((t) => t.role === 'user').length,
    actions_taken: JSON.stringify(f.actions),
    topics: JSON.stringify(f.topics),
    intents: JSON.stringify(f.intents),
    pain_points: JSON.stringify(f.painPoints),
    objections: JSON.stringify(f.objections),
    sentiment: f.sentiment,
    outcome: f.outcome,
  };
}

/** One voice_sessions row per conversation, found by its external id (the caller holds the session's lock). */
export async function upsertVoiceSession(ncb: NcbClient, externalId: string, facts: VoiceSessionFacts): Promise<number> {
  const fields = voiceSessionRow(facts);
  const found = await ncb.findOne('voice_sessions', { external_session_id: externalId });
  if (found) {
    await ncb.update('voice_sessions', found.id, fields);
    return found.id;
  }
  return ncb.create('voice_sessions', { external_session_id: externalId, ...fields });
}
