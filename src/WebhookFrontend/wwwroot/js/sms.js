// The sandbox's SMS gateway, seen as a phone would: one-time codes the bot sent by SMS to the mobile linked to an
// Aadhaar, which in the sandbox reach no phone. Shows the last few, newest first, with the number masked.

const SHOWN = 3;
const MAX_BACKOFF_MS = 15000;

export function watchSms(panel) {
  let after = 0;
  let received = [];
  (async () => {
    let backoff = 1000;
    for (;;) {
      try {
        const response = await fetch(`sandbox/sms?after=${after}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`sms poll failed: HTTP ${response.status}`);
        const messages = await response.json();
        backoff = 1000;
        if (messages.length === 0) continue;
        after = messages[messages.length - 1].sequence;
        received = [...messages.reverse(), ...received].slice(0, SHOWN);
        show(panel, received);
      } catch {
        await new Promise(resolve => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  })();
}

function show(panel, messages) {
  const lines = messages.map(m => {
    const line = document.createElement("p");
    const to = document.createElement("b");
    to.textContent = `SMS to ${m.to}: `;
    line.append(to, m.message);
    return line;
  });
  panel.replaceChildren(...lines);
  panel.hidden = false;
}
