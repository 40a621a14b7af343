import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../../core/theme.js';
import { flag, instantOf, type Row } from '../shared/data-client.js';
import { AdminElement } from '../shared/admin-element.js';
import { adminStyles } from '../shared/admin.styles.js';
import { formatDateTime } from '../shared/zoned.js';
import { demotionBlock, ROLES } from './roles.js';

/**
 * @tagname kre8-user-admin
 * The users (`user_profiles`) with their role, a role picker per user that writes through the data proxy, and
 * each user's customer access grants (`customer_access`). It refuses, before asking the proxy, to take the
 * admin role from the signed-in admin or from the last admin.
 *
 * @fires kre8-admin-changed - `{table: 'user_profiles', id, action: 'update'}` after a role change.
 */
export class Kre8UserAdmin extends AdminElement {
  static override styles = [
    tokens,
    adminStyles,
    css`
      table { border-collapse: collapse; width: 100%; }
      th, td { border-bottom: 1px solid var(--_border); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
      ul { margin: 0; padding-left: 1rem; }
    `,
  ];
  /** The signed-in user's auth id (`user_profiles.user_id`), so their own admin role is protected. */
  @property({ attribute: 'current-user-id' }) currentUserId = '';
  /** Time zone for grant dates. */
  @property() timezone = 'America/Los_Angeles';
  @state() private profiles: Row[] | null = null;
  @state() private grants: Row[] = [];
  @state() private busy = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load() {
    const got = await this.guard(() => Promise.all([this.data.readAll('user_profiles'), this.data.readAll('customer_access')]));
    if (!got) return;
    this.profiles = got[0].sort((a, b) => this.nameOf(a).localeCompare(this.nameOf(b)));
    this.grants = got[1];
  }

  private nameOf(p: Row) {
    return String(p.display_name || p.name || p.user_id || `#${p.id}`);
  }

  private async setRole(p: Row, e: Event) {
    const select = e.target as HTMLSelectElement;
    const role = select.value;
    if (role === p.role) return;
    const block = role !== 'admin' ? demotionBlock(this.profiles ?? [], p, this.currentUserId) : null;
    if (block) {
      select.value = String(p.role);
      this.notice = this.t(`users.block.${block}`);
      return;
    }
    this.busy = p.id;
    const ok = await this.guard(() => this.data.update('user_profiles', p.id, { role }).then(() => true));
    this.busy = 0;
    if (!ok) {
      select.value = String(p.role);
      return;
    }
    this.profiles = (this.profiles ?? []).map((x) => (x.id === p.id ? { ...x, role } : x));
    this.notice = this.t('users.saved', { who: this.nameOf(p), role: this.t(`role.${role}`) });
    this.changed('user_profiles', p.id, 'update');
  }

  private grantView(g: Row) {
    const exp = instantOf(g.expires_at);
    const active = flag(g.is_active) && (!exp || exp.getTime() > Date.now());
    return html`<li>
      ${this.t('users.grant', { p: String(g.partnership_id), level: this.t(`access.${String(g.access_level ?? 'view')}`) })}
      ${exp ? html`· ${this.t('users.until', { d: formatDateTime(exp, this.timezone, this.lang_) })}` : nothing}
      ${active ? nothing : html`<span class="tag">${this.t('users.inactive')}</span>`}
    </li>`;
  }

  override render() {
    if (!this.profiles) return html`${this.errorView(() => void this.load())}${this.error ? nothing : html`<p class="muted" role="status">${this.t('loading')}</p>`}`;
    return html`
      <p class="notice" role="status">${this.notice}</p>
      ${this.errorView(() => void this.load())}
      <table>
        <caption class="muted">${this.t('users.caption', { n: this.profiles.length })}</caption>
        <thead><tr><th scope="col">${this.t('users.user')}</th><th scope="col">${this.t('users.role')}</th><th scope="col">${this.t('users.access')}</th></tr></thead>
        <tbody>
          ${this.profiles.map((p) => {
            const block = demotionBlock(this.profiles!, p, this.currentUserId);
            const grants = this.grants.filter((g) => g.user_id === p.user_id);
            const id = `role-${p.id}`;
            return html`<tr data-user=${String(p.user_id)}>
              <th scope="row">${this.nameOf(p)}${p.company_name ? html` <span class="muted">(${p.company_name})</span>` : nothing}</th>
              <td>
                <label class="visually-hidden" for=${id}>${this.t('users.roleOf', { who: this.nameOf(p) })}</label>
                <select id=${id} name="role" aria-describedby=${block ? `${id}-why` : nothing} ?disabled=${this.busy === p.id} @change=${(e: Event) => this.setRole(p, e)}>
                  ${ROLES.map((r) => html`<option value=${r} ?selected=${p.role === r} ?disabled=${block !== null && r !== 'admin'}>${this.t(`role.${r}`)}</option>`)}
                </select>
                ${block ? html`<div class="muted why" id="${id}-why">${this.t(`users.block.${block}`)}</div>` : nothing}
              </td>
              <td>${grants.length ? html`<ul>${grants.map((g) => this.grantView(g))}</ul>` : html`<span class="muted">—</span>`}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }
}
