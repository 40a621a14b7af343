import type { CapturedLead, ChatRequest, ChatResponse, Locale } from '../../model/contracts.js';
import { apiFetch, beacon, uuid } from '../core/api-client.js';
import { captureAttribution } from '../core/attribution.js';
import type { ContactDetails } from './lead.js';

/** The visitor's IANA zone, sent with every turn so times are spoken in it (the API falls back to the business zone). */
export function visitorZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** sessionStorage key of the conversation id: the tab keeps one conversation across the site's pages. */
export const SESSION_KEY = 'kre8:voice-session';

/**
 * One visitor's conversation with the agent: the session id, the chat and contact calls, and the end beacon
 * sent at `pagehide` once a conversation has started (again after a bfcache return, if the visitor carries on).
 */
export class AgentSession {
  private _id?: string;
  private _live = false;

  constructor(private readonly apiBase: () => string | undefined) {}

  /** The conversation id, created on first use and kept in sessionStorage. */
  get id(): string {
    if (!this._id) {
      try {
        this._id = sessionStorage.getItem(SESSION_KEY) || undefined;
      } catch {
        /* storage disabled: the id lives as long as the page */
      }
      if (!this._id) {
        this._id = uuid();
        try {
          sessionStorage.setItem(SESSION_KEY, this._id);
        } catch {
          /* as above */
        }
      }
    }
    return this._id;
  }

  /** Sends one visitor message; throws ApiRequestError on failure. */
  chat(message: string, language: Locale, partner?: string): Promise<ChatResponse> {
    const body: ChatRequest = {
      sessionId: this.id,
      timezone: visitorZone(),
      message,
      language,
      page: { url: location.href.slice(0, 1000), title: document.title.slice(0, 200) },
      attribution: captureAttribution(partner),
    };
    this._arm();
    return apiFetch<ChatResponse>(this.apiBase(), 'voice-agent/chat', { body });
  }

  /** The conversation so far, from the API (a reload keeps the transcript); null when there is none. */
  async history(): Promise<{ messages: { role: 'user' | 'assistant'; content: string }[]; lead: CapturedLead } | null> {
    let id: string | null = null;
    try {
      id = sessionStorage.getItem(SESSION_KEY);
    } catch {
      /* storage disabled: nothing to restore */
    }
    if (!id) return null;
    const res = await apiFetch<{ messages: { role: 'user' | 'assistant'; content: string }[]; lead: CapturedLead }>(this.apiBase(), 'voice-agent/history', { body: { sessionId: id } });
    if (res.messages.length) this._arm();
    return res;
  }

  /** Saves the visitor's corrected contact details; resolves with the lead as the server now has it. */
  async saveContact(details: ContactDetails): Promise<CapturedLead> {
    const res = await apiFetch<{ lead: CapturedLead }>(this.apiBase(), 'voice-agent/contact', {
      body: { sessionId: this.id, ...details },
    });
    return res.lead;
  }

  /** Tells the API the conversation ended (sendBeacon); does nothing unless a conversation is live. */
  end = (): void => {
    if (!this._live) return;
    this._live = false;
    beacon(this.apiBase(), 'voice-agent/end', { sessionId: this.id });
  };

  private _arm(): void {
    if (this._live) return;
    this._live = true;
    // On window, not the element: the beacon must go even if the widget was removed from the page meanwhile.
    addEventListener('pagehide', this.end, { once: true });
  }
}
