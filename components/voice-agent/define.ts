import { Kre8VoiceAgent } from './voice-agent.js';

Kre8VoiceAgent.define('kre8-voice-agent');

export { Kre8VoiceAgent };

declare global {
  interface HTMLElementTagNameMap {
    'kre8-voice-agent': Kre8VoiceAgent;
  }
}
