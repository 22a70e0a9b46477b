/**
 * The console page: one self-contained HTML document (no assets to serve, nothing fetched from
 * the network). It paints the timeline from /console/timeline, then follows /console/events;
 * the dial pad posts to /console/call and the reset button to /console/reset.
 */
export const CONSOLE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sipgate sandbox</title>
<style>
  :root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; background: #f4f6fa; }
  body { margin: 0; }
  header { background: #16213e; color: #fff; padding: 14px 24px; display: flex; align-items: center; gap: 16px; }
  header h1 { font-size: 18px; margin: 0; font-weight: 600; }
  header .hint { font-size: 13px; opacity: .8; flex: 1; }
  main { display: grid; grid-template-columns: 280px 1fr; gap: 20px; padding: 20px 24px; }
  section { background: #fff; border-radius: 10px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 16px; }
  h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .06em; color: #5a6478; margin: 0 0 12px; }
  label { display: block; font-size: 12px; color: #5a6478; margin: 8px 0 4px; }
  input { width: 100%; box-sizing: border-box; padding: 7px 9px; border: 1px solid #ccd3e0; border-radius: 6px; font-size: 14px; }
  .pad { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; margin: 12px 0; }
  .pad button { padding: 10px 0; font-size: 17px; border: 1px solid #ccd3e0; background: #fafbfd; border-radius: 8px; cursor: pointer; }
  .pad button:hover { background: #eef2f9; }
  button.primary { width: 100%; padding: 10px; border: 0; border-radius: 8px; background: #1a7f4b; color: #fff; font-size: 15px; cursor: pointer; }
  button.reset { padding: 7px 12px; border: 1px solid #ffffff66; background: transparent; color: #fff; border-radius: 6px; cursor: pointer; }
  #result { font-size: 13px; white-space: pre-wrap; margin-top: 10px; color: #33405a; }
  ol#timeline { list-style: none; margin: 0; padding: 0; max-height: calc(100vh - 150px); overflow: auto; }
  ol#timeline li { display: grid; grid-template-columns: 86px 78px 1fr; gap: 10px; padding: 7px 4px; border-bottom: 1px solid #eef0f5; font-size: 13px; align-items: start; }
  .time { color: #8a93a6; font-variant-numeric: tabular-nums; }
  .kind { font-size: 11px; font-weight: 600; text-transform: uppercase; border-radius: 4px; padding: 2px 6px; text-align: center; }
  .k-request { background: #e8eefc; color: #2a4aa8; } .k-sms { background: #e3f6ec; color: #17784a; } .k-fax { background: #fdf1dc; color: #9a6300; }
  .k-call { background: #f1e6fb; color: #6b2fa8; } .k-webhook { background: #e1f4f8; color: #0f6c80; } .k-fault { background: #fde6e6; color: #a12626; } .k-reset { background: #eceff3; color: #4a5263; }
  pre.answer { margin: 6px 0 0; background: #f6f8fb; border-radius: 6px; padding: 6px 8px; font-size: 12px; overflow: auto; white-space: pre-wrap; }
  .empty { color: #8a93a6; font-size: 14px; padding: 12px 4px; }
</style>
</head>
<body>
<header>
  <h1>sipgate sandbox</h1>
  <span class="hint" id="webhook">Webhook URL: (none)</span>
  <button class="reset" id="reset" type="button">Reset</button>
</header>
<main>
  <section aria-label="Dial pad">
    <h2>Call your app</h2>
    <label for="from">From</label><input id="from" value="+4915799912345">
    <label for="to">To</label><input id="to" value="+4921100000000">
    <label for="digits">Digits (one group per Gather, comma-separated)</label><input id="digits" placeholder="e.g. 1 or 9,3">
    <div class="pad" id="pad"></div>
    <button class="primary" id="call" type="button">Call</button>
    <div id="result" role="status"></div>
  </section>
  <section aria-label="Timeline">
    <h2>Timeline</h2>
    <ol id="timeline"><li class="empty" id="empty">Nothing yet: send a request to the API or place a call.</li></ol>
  </section>
</main>
<script>
  const timeline = document.getElementById('timeline');
  const seen = new Set();
  function add(entry) {
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    document.getElementById('empty')?.remove();
    const item = document.createElement('li');
    item.dataset.kind = entry.kind;
    const time = document.createElement('span'); time.className = 'time'; time.textContent = entry.time.slice(11, 23);
    const kind = document.createElement('span'); kind.className = 'kind k-' + entry.kind; kind.textContent = entry.kind;
    const text = document.createElement('div'); text.textContent = entry.summary;
    if (entry.detail && entry.detail.answer) {
      const answer = document.createElement('pre'); answer.className = 'answer'; answer.textContent = entry.detail.answer; text.appendChild(answer);
    }
    item.append(time, kind, text);
    timeline.prepend(item);
    if (entry.kind === 'reset') { for (const old of [...timeline.children].slice(1)) old.remove(); }
  }
  async function refresh() {
    const state = await (await fetch('/console/timeline')).json();
    document.getElementById('webhook').textContent = 'Webhook URL: ' + (state.webhookUrl || '(none: set one to place calls)');
    state.entries.forEach(add);
  }
  const pad = document.getElementById('pad');
  for (const key of ['1','2','3','4','5','6','7','8','9','*','0','#']) {
    const button = document.createElement('button'); button.type = 'button'; button.textContent = key;
    button.onclick = () => { document.getElementById('digits').value += key; };
    pad.appendChild(button);
  }
  async function post(path, body) {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { ok: response.ok, body: await response.json() };
  }
  document.getElementById('call').onclick = async () => {
    const result = document.getElementById('result');
    result.textContent = 'Calling…';
    const answer = await post('/console/call', { from: document.getElementById('from').value, to: document.getElementById('to').value, digits: document.getElementById('digits').value });
    result.textContent = answer.ok ? 'Outcome: ' + answer.body.outcome : answer.body.message;
    document.getElementById('digits').value = '';
  };
  document.getElementById('reset').onclick = async () => { seen.clear(); timeline.replaceChildren(); await post('/console/reset', {}); refresh(); };
  refresh().then(() => {
    const events = new EventSource('/console/events');
    events.onmessage = (event) => { const entry = JSON.parse(event.data); add(entry); if (entry.kind === 'webhook' || entry.kind === 'reset') refresh(); };
  });
</script>
</body>
</html>
`;
