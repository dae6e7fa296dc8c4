// Talks to the sandbox endpoints: POST what the citizen does, long-poll for what the bot sends back.

const MAX_BACKOFF_MS = 15000;

export async function send(message) {
  const response = await fetch("sandbox/messages", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(message),
  });
  if (!response.ok) throw new Error(`send failed: HTTP ${response.status}`);
  return response.json();
}

/**
 * Polls for the citizen's replies until the signal aborts. The server holds each request up to 25 s, so a
 * successful empty answer is simply asked again; failures back off (1 s, 2 s, 4 s … 15 s) so a stopped server
 * is not hammered by every open tab.
 */
export async function poll({ citizenId, after, signal, onMessages, onReachable }) {
  let backoff = 1000;
  while (!signal.aborted) {
    try {
      const url = `sandbox/messages?citizenId=${encodeURIComponent(citizenId)}&after=${after()}`;
      const response = await fetch(url, { signal, cache: "no-store" });
      if (!response.ok) throw new Error(`poll failed: HTTP ${response.status}`);
      const messages = await response.json();
      onReachable(true);
      backoff = 1000;
      if (messages.length > 0) onMessages(messages);
    } catch (error) {
      if (signal.aborted) return;
      onReachable(false, error);
      await sleep(backoff, signal);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}

function sleep(ms, signal) {
  return new Promise(resolve => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}
