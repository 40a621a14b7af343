import type { NcbClient } from '../ncb/client.js';
import type { Insert } from '../ncb/schema.js';

/** One voice_sessions row per conversation, found by its external id (the caller holds the session's lock). */
export async function upsertVoiceSession(
  ncb: NcbClient,
  externalId: string,
  fields: Omit<Insert<'voice_sessions'>, 'external_session_id'>,
): Promise<number> {
  const found = await ncb.findOne('voice_sessions', { external_session_id: externalId });
  if (found) {
    await ncb.update('voice_sessions', found.id, fields);
    return found.id;
  }
  return ncb.create('voice_sessions', { external_session_id: externalId, ...fields });
}
