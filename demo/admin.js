// /admin: signs in locally, lists the leads and hosts the admin elements as the CRM would (routing on
// kre8-admin-navigate, refreshing on kre8-admin-changed).
const $ = (id) => document.getElementById(id);

async function session() {
  const r = await fetch('/api/dev/auth/get-session', { credentials: 'include' });
  return r.ok ? (await r.json()).user : null;
}

async function leads() {
  const rows = [];
  for (let page = 1; page < 100; page++) {
    const r = await fetch(`/api/data/read/leads?page=${page}&limit=100`, { credentials: 'include' });
    if (!r.ok) break;
    const body = await r.json();
    rows.push(...body.data);
    if (!body.metadata?.hasMore) break;
  }
  return rows.filter((l) => !l.deleted_at).sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
}

function show(id) {
  $('detail').setAttribute('lead-id', String(id));
  // the notes element's `id` attribute is the record's id, so it is found by tag
  document.querySelector('kre8-entity-notes').setAttribute('id', String(id));
  for (const b of document.querySelectorAll('#lead-list button')) b.setAttribute('aria-current', String(b.dataset.id === String(id)));
}

async function renderLeads() {
  const list = $('lead-list');
  list.replaceChildren(
    ...(await leads()).map((l) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.id = String(l.id);
      b.textContent = `${[l.first_name, l.last_name].filter(Boolean).join(' ') || l.email} — ${l.status} (${l.lead_score})`;
      b.addEventListener('click', () => show(l.id));
      li.append(b);
      return li;
    }),
  );
  const first = new URLSearchParams(location.search).get('lead') ?? list.querySelector('button')?.dataset.id;
  if (first) show(first);
}

async function start(user) {
  $('signin').hidden = true;
  $('app').hidden = false;
  $('who').textContent = `Signed in as ${user.email}`;
  // the calendar read before sign-in (401); read again with the session
  void $('calendar').load();
  void $('dashboard').load();
  void $('tasks').load();
  $('users').setAttribute('current-user-id', user.id);
  void $('users').load();
  await renderLeads();
}

$('signin-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const r = await fetch('/api/dev/auth/sign-in', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: $('email').value }) });
  if (!r.ok) {
    $('signin-status').textContent = 'Could not sign in: check the email.';
    return;
  }
  await start((await r.json()).user);
});

document.addEventListener('kre8-admin-navigate', (e) => {
  if (e.detail.table === 'leads') show(e.detail.id);
});
document.addEventListener('kre8-admin-changed', (e) => {
  if (e.detail.table === 'leads') void renderLeads();
  if (e.detail.table === 'activities' && e.target !== $('tasks')) void $('tasks').load();
  // a booking cancelled in the calendar adds to the lead's timeline (the detail reloads its own changes itself)
  if (e.detail.table === 'activities' && e.target === $('calendar')) void $('detail').load();
  if (e.detail.table === 'bookings' && e.target !== $('calendar')) void $('calendar').load();
});

session().then((u) => u && start(u));
