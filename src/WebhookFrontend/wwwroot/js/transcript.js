// The chat as this browser saw it, kept per citizen in localStorage. The server keeps only the bot's side (and
// only recently), so the citizen's own bubbles and the last sequence read live here; a reload redraws the chat
// and polls on from where it stopped instead of replaying or losing messages.

const CURRENT = "manamitra.sim.citizen";
const KEPT = 300;

const key = citizenId => `manamitra.sim.chat.${citizenId}`;

/** A random Indian mobile number with country code: 91, then 10 digits starting 6–9. */
export function randomCitizenId() {
  let digits = String(6 + Math.floor(Math.random() * 4));
  for (let i = 0; i < 9; i++) digits += Math.floor(Math.random() * 10);
  return `91${digits}`;
}

export function currentCitizenId() {
  const stored = read(CURRENT);
  if (typeof stored === "string" && /^\d{8,15}$/.test(stored)) return stored;
  const fresh = randomCitizenId();
  write(CURRENT, fresh);
  return fresh;
}

export function rememberCitizenId(citizenId) {
  write(CURRENT, citizenId);
}

export class Transcript {
  constructor(citizenId) {
    this.citizenId = citizenId;
    const saved = read(key(citizenId));
    this.lastSequence = saved?.lastSequence ?? 0;
    this.lastSentAt = saved?.lastSentAt ?? 0;
    this.entries = Array.isArray(saved?.entries) ? saved.entries : [];
  }

  /**
   * A bot message from the server; false when it was already seen. The sandbox keeps its mailboxes in memory, so
   * a restarted server counts sequences from 1 again: a message is new when it was sent later than the last one
   * seen, and its sequence only breaks ties.
   */
  addBot(message) {
    const sentAt = Date.parse(message.sentAt) || 0;
    if (sentAt < this.lastSentAt || (sentAt === this.lastSentAt && message.sequence <= this.lastSequence)) return false;
    this.lastSequence = message.sequence;
    this.lastSentAt = sentAt;
    this.entries.push({ from: "bot", body: message.body, at: message.sentAt });
    this.save();
    return true;
  }

  addMine(text) {
    const entry = { from: "me", text, at: new Date().toISOString(), state: "pending" };
    this.entries.push(entry);
    this.save();
    return entry;
  }

  /** Meta's read receipt names one inbound id the simulator never learns, so a receipt reads everything before it. */
  markAllRead() {
    // "pending" too: the receipt can overtake the answer to the POST that delivered the message.
    for (const entry of this.entries) if (entry.from === "me" && entry.state !== "failed") entry.state = "read";
    this.save();
  }

  save() {
    if (this.entries.length > KEPT) this.entries.splice(0, this.entries.length - KEPT);
    write(key(this.citizenId), { lastSequence: this.lastSequence, lastSentAt: this.lastSentAt, entries: this.entries });
  }
}

// Private browsing or a full quota must not stop the chat from working; it only stops surviving a reload.
function read(name) {
  try {
    return JSON.parse(localStorage.getItem(name) ?? "null");
  } catch {
    return null;
  }
}

function write(name, value) {
  try {
    localStorage.setItem(name, JSON.stringify(value));
  } catch {
    /* best effort, see above */
  }
}
