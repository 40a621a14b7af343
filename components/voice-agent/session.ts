import type { CapturedLead, ChatRequest, ChatResponse, Locale } from '../../model/contracts.js';
import { apiFetch, beacon, uuid } from '../core/api-client.js';
import { captureAttribution } from '../core/attribution.js';
import type { ContactDetails } from './lead.js';

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
      message,
      language,
      page: { url: location.href.slice(0, 1000), title: document.title.slice(0, 200) },
      attribution: captureAttribution(partner),
    };
    this._arm();
    return apiFetch<ChatResponse>(this.apiBase(), 'voice-agent/chat', { body });
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
