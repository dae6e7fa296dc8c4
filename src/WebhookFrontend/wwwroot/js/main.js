// Wires the page: one citizen at a time, their transcript, the send box, and the poll loop for replies.
import { openAttach } from "./attach.js";
import { botBubble, citizenBubble, isReadReceipt, setTicks } from "./messages.js";
import { closeSheet, openSheet } from "./sheet.js";
import { poll, send } from "./server.js";
import { watchSms } from "./sms.js";
import { Transcript, currentCitizenId, randomCitizenId, rememberCitizenId } from "./transcript.js";

const chat = document.getElementById("chat");
const offline = document.getElementById("offline");
const composer = document.getElementById("composer");
const input = document.getElementById("message");
const citizenForm = document.getElementById("citizen-form");
const citizenInput = document.getElementById("citizen-id");

let transcript;
let polling;
// Each of the citizen's bubbles with its transcript entry, so a read receipt can repaint the ticks in place.
let mine = [];

const handlers = {
  button: (id, title) => say({ replyId: id, text: title, fromList: false }),
  list: list => openSheet(list, (id, title) => say({ replyId: id, text: title, fromList: true })),
};

function switchTo(citizenId) {
  polling?.abort();
  closeSheet();
  rememberCitizenId(citizenId);
  citizenInput.value = citizenId;
  transcript = new Transcript(citizenId);
  mine = [];
  chat.replaceChildren();
  for (const entry of transcript.entries) {
    if (entry.from === "me") showMine(entry);
    else showBot(entry.body, entry.at);
  }
  scrollToEnd();

  // Until the server has answered with something since we (re)connected, ask from the start: if it restarted,
  // its sequences began again at 1 and asking after our old last sequence would wait forever. Transcript.addBot
  // drops what was already shown.
  let inSync = false;
  polling = new AbortController();
  poll({
    citizenId,
    after: () => (inSync ? transcript.lastSequence : 0),
    signal: polling.signal,
    onMessages: messages => {
      inSync = true;
      receive(messages);
    },
    onReachable: reachable => {
      offline.hidden = reachable;
      if (!reachable) inSync = false;
    },
  });
}

function receive(messages) {
  for (const message of messages) {
    if (!transcript.addBot(message)) continue;
    showBot(message.body, message.sentAt);
  }
  scrollToEnd();
}

function showBot(body, at) {
  if (isReadReceipt(body)) {
    markRead();
    return;
  }
  chat.append(botBubble(body, at, handlers));
}

function markRead() {
  transcript.markAllRead();
  for (const { entry, element } of mine) setTicks(element, entry.state);
}

function showMine(entry) {
  const element = citizenBubble(entry);
  mine.push({ entry, element });
  chat.append(element);
  return element;
}

/** Sends what the citizen did; shown is its bubble text when that is not the message's own text (a photo, a place). */
async function say(message, shown = message.text) {
  const owner = transcript;
  const entry = owner.addMine(shown);
  const element = showMine(entry);
  scrollToEnd();
  try {
    await send({ citizenId: owner.citizenId, ...message });
    // A read receipt can overtake the POST's answer; never turn blue ticks back to grey.
    if (entry.state === "pending") entry.state = "sent";
  } catch {
    entry.state = "failed";
    offline.hidden = false;
  }
  owner.save();
  setTicks(element, entry.state);
}

function scrollToEnd() {
  chat.scrollTop = chat.scrollHeight;
}

composer.addEventListener("submit", event => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  say({ text });
});

document.getElementById("attach").addEventListener("click", () => {
  openAttach({
    // Typed text goes with a photo as its caption, as WhatsApp's photo screen takes it.
    caption: () => {
      const text = input.value.trim();
      input.value = "";
      return text;
    },
    say,
    failed: () => { offline.hidden = false; },
  });
});

citizenForm.addEventListener("submit", event => {
  event.preventDefault();
  const citizenId = citizenInput.value.replace(/\D/g, "");
  if (/^\d{8,15}$/.test(citizenId) && citizenId !== transcript.citizenId) switchTo(citizenId);
});

document.getElementById("citizen-new").addEventListener("click", () => {
  switchTo(randomCitizenId());
  input.focus();
});

switchTo(currentCitizenId());
watchSms(document.getElementById("sms"));
